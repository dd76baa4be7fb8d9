// Bundle-time fix for @easyops-cn/docusaurus-search-local (0.55.3): its search input's aria-label is the
// literal "Search", so a screen reader announces English on the French site although the placeholder is
// translated. The label now comes from the same translation as the placeholder (theme.SearchBar.label).
// Fails the build if the plugin's file no longer holds that literal; if the file moves, the rule no longer
// matches and the browser test on the accessible name (e2e/site.spec.ts) fails instead.
const LITERAL = 'aria-label="Search"';
module.exports = function searchBarLabel(source) {
  if (!source.includes(LITERAL)) {
    throw new Error(`searchBarLabel: ${LITERAL} not found in ${this.resourcePath}; check whether the search plugin now translates its label, and drop this loader if so.`);
  }
  return source.replace(LITERAL, 'aria-label={translate({id: "theme.SearchBar.label", message: "Search"})}');
};
