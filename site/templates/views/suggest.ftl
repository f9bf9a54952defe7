<#ftl output_format="HTML">
<#-- Anyone suggests a guide (POST /api/guide-suggestions): no account; a honeypot and a rate limit
     guard it, and it lands as a draft that LCMs review like any guide. Works without JavaScript. -->
<#assign received = (lang == "fr")?then("/fr/suggestion-recue.html", "/en/suggestion-received.html")>
<div class="prose">${content.body?no_esc}</div>
<#assign suggestFields = [
      {"name": "author", "id": "suggest-author", "text": l.t(lang, "suggest.err.name")},
      {"name": "title", "id": "suggest-title", "text": l.t(lang, "suggest.err.title")},
      {"name": "summary", "id": "suggest-summary", "text": l.t(lang, "suggest.err.summary")},
      {"name": "body", "id": "suggest-body", "text": l.t(lang, "suggest.err.body")}]>
<#assign suggestCodes = [{"name": "too_many_requests", "id": "", "text": l.t(lang, "suggest.tooMany")}]>
<#-- One heading for the problems, with a script (hub.js lists them) or without (this box). -->
<#assign suggestProblems = l.t(lang, "suggest.problems")>
<@l.formProblem lang=lang id="suggest-error" title=suggestProblems fields=suggestFields codes=suggestCodes/>
<form class="api-form suggest-form" method="post" action="/api/guide-suggestions" novalidate
      data-lang="${lang}" data-sending="${l.t(lang, "suggest.sending")}" data-error-429="${l.t(lang, "suggest.tooMany")}"
      data-error-network="${l.t(lang, "errorNetwork")}" data-error-generic="${l.t(lang, "errorGeneric")}">
  <@l.formPlumbing lang=lang next=received errorPage=l.href(content) + "#suggest-error" idPrefix="suggest-"
      problems=suggestFields + suggestCodes summary=suggestProblems/>
  <h2>${l.t(lang, "suggest.title")}</h2>
  <div class="field">
    <label for="suggest-author">${l.t(lang, "suggest.name")}</label>
    <input id="suggest-author" name="author" type="text" maxlength="100" autocomplete="name" required data-error="${l.t(lang, "suggest.err.name")}">
    <@l.fieldProblem fields=suggestFields name="author"/>
  </div>
  <div class="field">
    <label for="suggest-language">${l.t(lang, "suggest.language")}</label>
    <select id="suggest-language" name="language">
      <option value="en"<#if lang == "en"> selected</#if>>${l.t(lang, "guides.lang.en")}</option>
      <option value="fr"<#if lang == "fr"> selected</#if>>${l.t(lang, "guides.lang.fr")}</option>
    </select>
  </div>
  <div class="field">
    <label for="suggest-title">${l.t(lang, "suggest.guideTitle")}</label>
    <input id="suggest-title" name="title" type="text" maxlength="120" required data-error="${l.t(lang, "suggest.err.title")}">
    <@l.fieldProblem fields=suggestFields name="title"/>
  </div>
  <div class="field">
    <label for="suggest-summary">${l.t(lang, "suggest.summary")}</label>
    <input id="suggest-summary" name="summary" type="text" maxlength="300" required data-error="${l.t(lang, "suggest.err.summary")}">
    <@l.fieldProblem fields=suggestFields name="summary"/>
  </div>
  <div class="field">
    <label for="suggest-body">${l.t(lang, "suggest.body")}</label>
    <textarea id="suggest-body" name="body" rows="12" maxlength="100000" required data-error="${l.t(lang, "suggest.err.body")}"></textarea>
    <@l.fieldProblem fields=suggestFields name="body"/>
  </div>
  <button type="submit">${l.t(lang, "suggest.send")}</button>
  <div class="form-success" role="status" tabindex="-1" hidden>${l.t(lang, "suggest.received")}</div>
</form>
