// The Stripe client (its browser/worker build, as a bundler resolves it).
export { default as Stripe } from 'stripe';
