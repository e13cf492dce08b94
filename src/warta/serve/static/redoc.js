// The API reference page (/redoc): ReDoc from the vendored standalone bundle, over this server's
// OpenAPI. A file rather than an inline script, so that the page passes the server's CSP.
"use strict";
Redoc.init("/openapi.json", {
  disableSearch: true,
  hideDownloadButton: false,
  expandResponses: "200",
}, document.getElementById("redoc"));
