// `npm run cem` writes custom-elements.json (the Custom Elements Manifest: tags, attributes,
// properties, events, CSS parts and properties, slots) from the elements' JSDoc, for editors,
// documentation tools and framework wrappers. package.json's "customElements" points at it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/package-host/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
