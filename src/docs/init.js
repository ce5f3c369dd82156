// Served as a file, not inline, so the docs page needs no 'unsafe-inline' script policy.
window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  // The public validator is a third-party request; the document is validated in our tests.
  validatorUrl: null,
});
