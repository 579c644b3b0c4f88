/**
 * What Chromium gives screen readers (its accessibility tree, over CDP): the text of each item of a
 * list, as read out, text nodes in order.
 */
import { cdp } from 'vitest/browser';

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

async function allNodes(): Promise<AXNode[]> {
  const session = cdp();
  await session.send('Accessibility.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frames: string[] = [];
  const walk = (tree: FrameTree): void => {
    frames.push(tree.frame.id);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const nodes: AXNode[] = [];
  for (const frameId of frames) {
    const tree = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    nodes.push(...tree.nodes);
  }
  return nodes;
}

/** The items of the list named `name`, each as the text a screen reader reads (text nodes joined by a space). */
export async function spokenListItems(name: string): Promise<string[]> {
  const nodes = await allNodes();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts = (node: AXNode): string[] =>
    node.role?.value === 'StaticText'
      ? [node.name?.value ?? '']
      : (node.childIds ?? []).flatMap((id) => {
          const child = byId.get(id);
          return child === undefined ? [] : texts(child);
        });
  const items = (node: AXNode): AXNode[] =>
    (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      if (child === undefined) return [];
      return child.role?.value === 'listitem' ? [child] : items(child);
    });
  const list = nodes.find((n) => n.role?.value === 'list' && n.name?.value === name);
  if (list === undefined) throw new Error(`No list named ${name} in the accessibility tree`);
  return items(list).map((item) =>
    texts(item)
      .map((t) => t.trim())
      .filter((t) => t !== '')
      .join(' '),
  );
}
