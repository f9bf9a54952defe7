<#ftl output_format="HTML">
<#--
  The learner's forms, shared by the personal page (me.html) and the pages that work without it:
  the weekly check-in, leaving, and "mail me my link again". Without JavaScript each posts to the API and
  lands on a page that states the result (next) or back on its own page with its problem box
  (errorPage#...); with JavaScript hub.js sends JSON and answers in place.
-->
<#import "layout.ftl" as l>

<#-- The weekly check-in. `withKey`: the key field, for a browser that does not hold the key
     (hub.js hides it when learner-key.js knows the key). -->
<#macro checkinForm lang errorPage withKey=true>
  <#local fields = withKey?then([{"name": "key", "id": "checkin-key", "text": l.t(lang, "err_key")}], []) + [
        {"name": "progress", "id": "checkin-progress", "text": l.t(lang, "err_progress")},
        {"name": "hoursSpent", "id": "checkin-hours", "text": l.t(lang, "err_hoursSpent")},
        {"name": "mood", "id": "checkin-mood-1", "text": l.t(lang, "err_mood")},
        <#-- No field to fix: the cohort has not started or is over (the API names the week). -->
        {"name": "week", "id": "", "text": l.t(lang, "err_week")}]>
  <#-- A key the API does not know (401) is the key field's problem too. -->
  <#-- A key the API does not know was pasted: it is not recognised, not missing. -->
  <#-- The week alone refused, and the API says why: the case in words, not the general ones (FormFlow). -->
  <#local codes = [{"name": "unauthorized", "id": withKey?then("checkin-key", ""), "text": l.t(lang, "err_keyUnknown")},
        {"name": "too_many_requests", "id": "", "text": l.t(lang, "err_tooMany")},
        {"name": "week_not_started", "id": "", "text": l.t(lang, "err_weekNotStarted")},
        {"name": "week_over", "id": "", "text": l.t(lang, "err_weekOver")}]>
  <#-- One heading for the problems, with a script (hub.js lists them) or without (this box). -->
  <#local problems = l.t(lang, "checkin.problems")>
  <@l.formProblem lang=lang id="checkin-error" title=problems fields=fields codes=codes/>
  <#-- Without a script the browser checks the fields first (no novalidate until hub.js sets it,
       data-checks-without-script; limits as the API's): a post the API refuses comes back as a new
       page whose form is empty, so what the browser catches is never retyped. -->
  <form class="api-form checkin-form" method="post" action="/api/checkins" data-checks-without-script data-key-field="key" data-learner-form
        data-lang="${lang}" data-field-error-week="${l.t(lang, "err_week")}"
        data-field-error-week-not-started="${l.t(lang, "err_weekNotStarted")}" data-field-error-week-over="${l.t(lang, "err_weekOver")}" data-sending="${l.t(lang, "sending")}"
        data-error-429="${l.t(lang, "err_tooMany")}"
        data-error-network="${l.t(lang, "errorNetwork")}" data-error-generic="${l.t(lang, "errorGeneric")}">
    <@l.formPlumbing lang=lang next=l.page(lang, "checkinSaved") errorPage=errorPage idPrefix="checkin-" problems=fields + codes
        summary=problems/>
    <#if withKey>
    <div class="field" data-key-box>
      <label for="checkin-key">${l.t(lang, "checkin.key")}</label>
      <input id="checkin-key" name="key" type="password" autocomplete="off" required
             pattern="[A-Za-z0-9\-]{1,64}\.[A-Za-z0-9_\-]{43}" title="${l.t(lang, "err_key")}" aria-describedby="checkin-key-hint" data-error="${l.t(lang, "err_key")}"
             data-error-unknown="${l.t(lang, "err_keyUnknown")}">
      <p class="hint" id="checkin-key-hint">${l.t(lang, "checkin.keyHint")}</p>
      <@l.fieldProblem fields=fields codes=codes name="key"/>
    </div>
    </#if>
    <div class="field">
      <label for="checkin-progress">${l.t(lang, "checkin.progress")}</label>
      <input id="checkin-progress" name="progress" type="number" min="0" max="100" step="1" inputmode="numeric" required data-error="${l.t(lang, "err_progress")}">
      <@l.fieldProblem fields=fields name="progress"/>
    </div>
    <div class="field">
      <label for="checkin-hours">${l.t(lang, "checkin.hours")}</label>
      <#-- Text, not number: a number box read in another locale than the page's takes the French "2,5" for 25. -->
      <input id="checkin-hours" name="hoursSpent" type="text" inputmode="decimal" pattern="80([.,]0{1,2})?|[0-7]?[0-9]([.,][0-9]{1,2})?" data-json="decimal" required data-error="${l.t(lang, "err_hoursSpent")}">
      <@l.fieldProblem fields=fields name="hoursSpent"/>
    </div>
    <fieldset class="field mood" id="checkin-mood" data-error="${l.t(lang, "err_mood")}">
      <legend>${l.t(lang, "checkin.mood")}</legend>
      <#list 1..5 as m>
      <span class="choice"><input id="checkin-mood-${m}" name="mood" type="radio" value="${m}" required><label for="checkin-mood-${m}">${l.t(lang, "checkin.mood" + m)}</label></span>
      </#list>
      <@l.fieldProblem fields=fields name="mood"/>
    </fieldset>
    <div class="field">
      <label for="checkin-blockers">${l.t(lang, "checkin.blockers")}</label>
      <#-- Free text is only ever refused as too long. The API counts characters (data-max-chars, as
           hub.js does), maxlength UTF-16 units: twice the limit, so no text the API takes is cut. -->
      <textarea id="checkin-blockers" name="blockers" rows="3" maxlength="2000" data-max-chars="1000" data-error="${l.t(lang, "err_blockersTooLong")}"></textarea>
    </div>
    <div class="field consent">
      <input id="checkin-help" name="needHelp" type="checkbox" value="true">
      <label for="checkin-help">${l.t(lang, "checkin.needHelp")}</label>
      <#-- Set only where the form starts from the week's answers with help asked (checkin-weeks.js):
           then alone an unticked box withdraws that request; a form that could not show it keeps it. -->
      <input type="hidden" name="helpShown" value="" data-json="bool">
    </div>
    <div class="field">
      <label for="checkin-message">${l.t(lang, "checkin.message")}</label>
      <textarea id="checkin-message" name="message" rows="3" maxlength="4000" data-max-chars="2000" data-error="${l.t(lang, "err_messageTooLong")}"></textarea>
    </div>
    <button type="submit">${l.t(lang, "checkin.submit")}</button>
    <div class="form-success" role="status" tabindex="-1" hidden>${l.t(lang, "checkin.done")}</div>
  </form>
</#macro>

<#-- Leaving the waitlist, or the seat, without a script (me.html): POST /api/me/withdraw with the
     pasted key, once the box that confirms it is ticked (the browser checks it before posting). It
     lands on the page of what was left (the answer's `left`: waitlist, seat, or already). -->
<#macro leaveForm lang errorPage>
  <#local fields = [{"name": "key", "id": "leave-key", "text": l.t(lang, "err_key")}]>
  <#local codes = [{"name": "unauthorized", "id": "leave-key", "text": l.t(lang, "err_keyUnknown")}]>
  <#local problems = l.t(lang, "me.leave.problems")>
  <@l.formProblem lang=lang id="leave-error" title=problems fields=fields codes=codes/>
  <form class="leave-form" method="post" action="/api/me/withdraw" data-checks-without-script data-lang="${lang}">
    <@l.formPlumbing lang=lang next="/" + lang + "/" + l.pageSlugs[lang]["left"] + "/{left}.html" errorPage=errorPage idPrefix="leave-" problems=fields + codes
        summary=problems/>
    <p>${l.t(lang, "me.leave.intro")}</p>
    <div class="field">
      <label for="leave-key">${l.t(lang, "checkin.key")}</label>
      <input id="leave-key" name="key" type="password" autocomplete="off" required
             pattern="[A-Za-z0-9\-]{1,64}\.[A-Za-z0-9_\-]{43}" title="${l.t(lang, "err_key")}" aria-describedby="leave-key-hint">
      <p class="hint" id="leave-key-hint">${l.t(lang, "checkin.keyHint")}</p>
      <@l.fieldProblem fields=fields codes=codes name="key"/>
    </div>
    <div class="field consent">
      <input id="leave-confirm" name="confirm" type="checkbox" value="true" required>
      <label for="leave-confirm">${l.t(lang, "me.leave.confirm")}</label>
    </div>
    <button type="submit" class="button-secondary">${l.t(lang, "me.leave.submit")}</button>
  </form>
</#macro>

<#-- "Lost your link? Get a new one": POST /api/links; the same answer whether the address is known or not. -->
<#macro linkForm lang errorPage>
  <#local fields = [{"name": "email", "id": "link-email", "text": l.t(lang, "err_email")}]>
  <#local codes = [{"name": "too_many_requests", "id": "", "text": l.t(lang, "link.tooMany")}]>
  <#local problems = l.t(lang, "link.problems")>
  <@l.formProblem lang=lang id="link-error" title=problems fields=fields codes=codes/>
  <#-- As the check-in: the browser checks the address before a post without a script. -->
  <form class="api-form link-form" method="post" action="/api/links" data-checks-without-script
        data-lang="${lang}" data-sending="${l.t(lang, "sending")}" data-error-429="${l.t(lang, "link.tooMany")}"
        data-error-network="${l.t(lang, "errorNetwork")}" data-error-generic="${l.t(lang, "errorGeneric")}">
    <@l.formPlumbing lang=lang next=l.page(lang, "linkSent") errorPage=errorPage idPrefix="link-" problems=fields + codes
        summary=problems/>
    <div class="field">
      <label for="link-email">${l.t(lang, "link.email")}</label>
      <input id="link-email" name="email" type="email" autocomplete="email" maxlength="254" required
             pattern="[^@\s]+@[^@\s]+\.[^@\s]+" title="${l.t(lang, "err_email")}" data-error="${l.t(lang, "err_email")}">
      <@l.fieldProblem fields=fields name="email"/>
    </div>
    <button type="submit">${l.t(lang, "link.submit")}</button>
    <div class="form-success" role="status" tabindex="-1" hidden>${l.t(lang, "link.sent")}</div>
  </form>
</#macro>
