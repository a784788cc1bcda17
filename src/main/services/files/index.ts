export { FileGrants } from './file-grants';
