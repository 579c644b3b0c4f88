// openapi-fetch.
export { default as createClient } from 'openapi-fetch';
