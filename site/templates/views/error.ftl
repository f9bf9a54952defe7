<#ftl output_format="HTML">
<#-- The API sends a form posted without JavaScript here with ?code=...&fields=a,b; hub.js names them. -->
<div class="notice error-details" data-error-details hidden
     data-labels="name=${l.t(lang, "signupName")}|email=${l.t(lang, "signupEmail")}|cohortId=${l.t(lang, "signupCohortChoice")}|timezone=${l.t(lang, "signupTimezone")}|consent=${l.t(lang, "err_consent")}|week=${l.t(lang, "week")}|progress=${l.t(lang, "err_progress")}|hoursSpent=${l.t(lang, "err_hoursSpent")}|mood=${l.t(lang, "err_mood")}|key=${l.t(lang, "err_key")}">
  <p>${l.t(lang, "errorSummary")}</p>
  <ul></ul>
</div>
<div class="prose">${content.body?no_esc}</div>
<p class="actions"><a class="button" href="/${lang}/index.html">${l.t(lang, "navHome")}</a></p>
