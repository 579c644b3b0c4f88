/**
 * @dvc-kit/validation/files: the file rule of a document component (accepted types, largest size,
 * the message when a file does not fit), shared by the forms, the sdk and the sandbox. A separate
 * entry without zod, so that the sdk's bundle does not carry the validation core.
 */
export {
  fileProblem,
  acceptsFileType,
  maxFileBytes,
  fileTypeName,
  type FileRule,
  type FileFacts,
  type FileProblem,
} from './files/file-rule.js';
