// Stands in for the theme's eager Prism client module (see clientReplacements in docusaurus.config.ts).
export {};
