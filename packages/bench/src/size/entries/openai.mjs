// The OpenAI client.
export { default as OpenAI } from 'openai';
