// Form.io's renderer (@formio/js).
export { Formio } from '@formio/js';
