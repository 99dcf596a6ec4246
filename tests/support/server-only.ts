// Stand-in for the "server-only" package under vitest (which is not a React Server
// Components bundler): data modules import it to stay out of client bundles.
export {};
