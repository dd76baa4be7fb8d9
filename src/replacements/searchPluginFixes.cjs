// Bundle-time fixes for @easyops-cn/docusaurus-search-local (0.55.3), applied to its SearchBar.jsx and
// SearchPage.jsx. Each fix names the literal it rewrites and fails the build when the file no longer
// holds it (an upgrade cannot drop a fix silently); if a file moves, the rule in docusaurus.config.ts
// no longer matches and the browser tests (accessible names, /search?q=… opened directly) fail instead.
const LABEL = [
  // The inputs' aria-label is the literal "Search": a screen reader announced English on the French
  // site although the placeholder is translated. Use the placeholder's translation.
  'aria-label="Search"',
  'aria-label={translate({id: "theme.SearchBar.label", message: "Search"})}',
];
const FIXES = {
  SearchBar: [LABEL],
  SearchPage: [
    LABEL,
    // Opened at /search?q=…, the page's first effect can run while useIsBrowser() is still false (the
    // query then reads as "") and writes that empty query back into the URL: ?q= is gone before the
    // page reads it, and no result shows (seen in about half the loads). Only write the URL once there
    // is a query to keep or to clear.
    ['updateSearchPath(searchQuery);', 'if (searchQuery || searchValue) updateSearchPath(searchQuery);'],
  ],
};
module.exports = function searchPluginFixes(source) {
  const name = /(SearchBar|SearchPage)\.jsx$/.exec(this.resourcePath)?.[1];
  if (!name) throw new Error(`searchPluginFixes: no fix for ${this.resourcePath}`);
  let out = source;
  for (const [literal, replacement] of FIXES[name]) {
    if (!out.includes(literal)) {
      throw new Error(
        `searchPluginFixes: ${literal} not found in ${this.resourcePath}; check whether the search plugin changed this code, and drop the fix if it is no longer needed.`,
      );
    }
    out = out.replace(literal, replacement);
  }
  return out;
};
