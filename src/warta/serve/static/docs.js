// The API docs page (/docs): Swagger UI from the vendored bundle, over this server's OpenAPI.
// A file rather than an inline script, so that the page passes the server's Content-Security-Policy.
"use strict";
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null, // no call to an outside validator
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
