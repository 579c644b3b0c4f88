/** Every dvc-kit form control passes the one conformance suite. */
import { controlSpecs } from './control-specs.js';
import { runConformance } from './conformance.js';

for (const spec of controlSpecs) runConformance(spec);
