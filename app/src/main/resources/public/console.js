// Pages work without JavaScript; with it, GOV.UK Frontend's components come alive and htmx sends the form token.
import { initAll } from "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
document.body.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("input[name=_csrf]");
  if (token) {
    event.detail.headers["X-CSRF-Token"] = token.value;
  }
});
