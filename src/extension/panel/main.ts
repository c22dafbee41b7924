// The side panel's page is the popup's, in its panel mode (popup/panel.ts): one page to keep, not two that drift.
// The manifest names this one because Chrome's side_panel and Firefox's sidebar_action take a path, not a query.
location.replace('../popup/index.html?panel');
