// Stands in for the theme's eager Prism client module (see lazyPrism in docusaurus.config.ts).
export {};
