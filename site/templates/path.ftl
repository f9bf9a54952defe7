<#ftl output_format="HTML">
<#-- type=path: a course path with its facts, its steps week by week, and the sign-up form. -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign translation = l.translationOf(content, "paths")>
<#assign slug = l.slugOf(content)>
<#assign pathId = (content.pathId!slug)?trim>
<#assign steps = l.stepsOf(content)>
<@l.shell lang=lang
         title=(content.title!slug)
         description=(content.summary!l.t(lang, "siteDescription"))
         path=l.href(content)
         translation=translation
         bodyClass="path"
         scripts=["/js/conduct.js"]
         zones=true
         searchable=((content.status!"") == "published")>
  <article>
    <header class="doc-header">
      <p class="kicker"><a href="${l.page(lang, "paths")}">${l.t(lang, "pathsHeading")}</a></p>
      <h1>${content.title!slug}</h1>
      <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
      <dl class="facts">
        <#if content.level?has_content><div><dt>${l.t(lang, "level")}</dt> <dd>${l.levelLabel(lang, content.level)}</dd></div></#if>
        <#if content.weeks?has_content><div><dt>${l.t(lang, "duration")}</dt> <dd>${content.weeks} ${l.t(lang, "weeks")}</dd></div></#if>
        <#if content.effort?has_content><div><dt>${l.t(lang, "effort")}</dt> <dd>${content.effort} ${l.t(lang, "hoursPerWeek")}</dd></div></#if>
        <div><dt>${l.t(lang, "language")}</dt> <dd>${l.t(lang, "languageName")}</dd></div>
      </dl>
      <#if translation?has_content>
      <p class="translation"><a href="${l.href(translation)}" hreflang="${l.langOf(translation)}" lang="${l.langOf(translation)}">${l.t(lang, "translationOf")}${l.t(lang, "colon")}${translation.title}</a></p>
      </#if>
      <p><a class="button" href="#signup">${l.t(lang, "signupHeading")}</a></p>
    </header>

    <div class="path-overview">
      <#if l.csv(content.skills!"")?has_content>
      <section aria-labelledby="skills-title">
        <h2 id="skills-title">${l.t(lang, "skills")}</h2>
        <ul class="chips skills"><#list l.csv(content.skills!"") as s><li>${s}</li></#list></ul>
      </section>
      </#if>
      <section aria-labelledby="prereq-title">
        <h2 id="prereq-title">${l.t(lang, "prerequisites")}</h2>
        <#if l.csv(content.prerequisites!"")?has_content>
        <ul class="prerequisites"><#list l.csv(content.prerequisites!"") as p><li>${p}</li></#list></ul>
        <#else>
        <p>${l.t(lang, "noPrerequisites")}</p>
        </#if>
      </section>
    </div>

    <#if steps?has_content>
    <section class="steps" aria-labelledby="steps-title">
      <h2 id="steps-title">${l.t(lang, "steps")}</h2>
      <ol class="timeline">
        <#list steps as step>
        <li id="step-${step?counter}"><span class="step-week">${l.t(lang, "week")} ${step.week}</span> <span class="step-title">${step.title}</span></li>
        </#list>
      </ol>
    </section>
    </#if>

    <div class="prose">
      ${l.bodyOf(content)?no_esc}
    </div>
  </article>

  <#-- Posts to /api/signups. Without JavaScript the browser checks the fields first (no novalidate
       until hub.js sets it, data-checks-without-script; the email's pattern wants a dot in the domain, as the API does): a post
       the API refuses comes back as a new page whose form is empty, so what the browser catches is
       never retyped. The API answers 303 to the page of the outcome (its fragment names the cohort's
       language, which that page says when it is not the page's), or back here to the problem box's
       marker for what went wrong (formProblem); with JavaScript, hub.js sends JSON, loads the open
       cohorts and shows errors next to the fields. -->
  <section id="signup" class="signup" aria-labelledby="signup-title" data-pagefind-ignore>
    <h2 id="signup-title">${l.t(lang, "signupHeading")}</h2>
    <p>${l.t(lang, "signupIntro")}</p>
    <#assign signupFields = [
        {"name": "name", "id": "signup-name", "text": l.t(lang, "err_name")},
        {"name": "email", "id": "signup-email", "text": l.t(lang, "err_email")},
        {"name": "cohortId", "id": "signup-cohort", "text": l.t(lang, "err_cohortId")},
        {"name": "timezone", "id": "signup-timezone", "text": l.t(lang, "err_timezone")},
        {"name": "consent", "id": "signup-consent", "text": l.t(lang, "err_consent")}]>
    <#-- A place in another cohort of the path: without a script the page cannot name that cohort
         (the API names it; a static page cannot read the answer), so it says so in general and links
         to the link-again form (My page opens the place). A waiting learner whom My page can move to
         a seat in the cohort asked for (the API's reason "move") has a line of their own. -->
    <#-- A name or address refused as too long, not as missing (the API's reason: FormFlow). -->
    <#assign signupCodes = [{"name": "too_many_requests", "id": "", "text": l.t(lang, "err_tooMany")},
        {"name": "already_on_path", "id": "", "text": l.t(lang, "signup.alreadyOnPath.any"),
         "href": l.page(lang, "me") + "#link", "link": l.t(lang, "link.heading")},
        {"name": "name_too_long", "id": "signup-name", "text": l.t(lang, "err_nameTooLong")},
        {"name": "email_too_long", "id": "signup-email", "text": l.t(lang, "err_emailTooLong")},
        {"name": "already_on_path_move", "id": "", "text": l.t(lang, "signup.alreadyOnPath.moveAny"),
         "href": l.page(lang, "me") + "#link", "link": l.t(lang, "link.heading")}]>
    <#-- One heading for the problems, with a script (hub.js lists them) or without (this box). -->
    <#assign signupProblems = l.t(lang, "signup.problems")>
    <@l.formProblem lang=lang id="signup-error" title=signupProblems fields=signupFields codes=signupCodes/>
    <form class="api-form signup-form" method="post" action="/api/signups" data-checks-without-script
          data-lang="${lang}" data-sending="${l.t(lang, "sending")}" data-error-429="${l.t(lang, "err_tooMany")}"
          data-error-network="${l.t(lang, "errorNetwork")}" data-error-generic="${l.t(lang, "errorGeneric")}"
          data-link-again="${l.page(lang, "me")}#link">
      <@l.formPlumbing lang=lang next="/" + lang + "/" + l.pageSlugs[lang]["signedUp"] + "/{result}.html#taught-{cohort.language}"
          errorPage=l.href(content) + "#signup-error" problems=signupFields + signupCodes summary=signupProblems/>
      <input type="hidden" name="pathId" value="${pathId}">
      <input type="hidden" name="language" value="${lang}">
      <div class="field">
        <label for="signup-name">${l.t(lang, "signupName")}</label>
        <#-- The API counts characters, maxlength UTF-16 units (an emoji is two): the browser's limit
             is twice the API's so no name the API takes is cut; hub.js counts characters (data-max-chars). -->
        <input id="signup-name" name="name" type="text" autocomplete="name" maxlength="200" data-max-chars="100" required data-error="${l.t(lang, "err_name")}"
               data-error-too-long="${l.t(lang, "err_nameTooLong")}">
        <@l.fieldProblem fields=signupFields name="name" codes=signupCodes/>
      </div>
      <div class="field">
        <label for="signup-email">${l.t(lang, "signupEmail")}</label>
        <input id="signup-email" name="email" type="email" autocomplete="email" maxlength="254" required
               pattern="[^@\s]+@[^@\s]+\.[^@\s]+" title="${l.t(lang, "err_email")}" data-error="${l.t(lang, "err_email")}"
               data-error-too-long="${l.t(lang, "err_emailTooLong")}">
        <@l.fieldProblem fields=signupFields name="email" codes=signupCodes/>
      </div>
      <#-- The open cohorts come from the API, so only a script can list them (hub.js swaps this box
           for one choice per cohort); lang= has the titles worded in the page's language, not in the
           browser's (Accept-Language), which the API reads otherwise. Without it the learner is not asked for anything: the API
           places them in the next cohort in the page's language with a seat left. -->
      <div class="field cohort-field" id="signup-cohort" tabindex="-1" data-name="cohortId"
           data-cohorts="/api/cohorts?pathId=${pathId?url}&amp;language=${lang}&amp;lang=${lang}" data-error="${l.t(lang, "err_cohortId")}">
        <p class="field-title">${l.t(lang, "signupCohortChoice")}</p>
        <p class="hint">${l.t(lang, "signupCohortAuto")}</p>
        <@l.fieldProblem fields=signupFields name="cohortId"/>
      </div>
      <div class="field">
        <label for="signup-timezone">${l.t(lang, "signupTimezone")}</label>
        <select id="signup-timezone" name="timezone" required aria-describedby="signup-timezone-hint" data-error="${l.t(lang, "err_timezone")}" data-guess-timezone>
          <@l.zoneOptions lang=lang/>
        </select>
        <p class="hint" id="signup-timezone-hint">${l.t(lang, "signupTimezoneHint")}</p>
        <@l.fieldProblem fields=signupFields name="timezone"/>
      </div>
      <div class="field consent">
        <input id="signup-consent" name="consent" type="checkbox" value="yes" required data-error="${l.t(lang, "err_consent")}">
        <label for="signup-consent">${l.t(lang, "signupConsent")}</label>
      </div>
      <@l.fieldProblem fields=signupFields name="consent"/>
      <#-- Optional, unticked by default: without it the cohort's channels welcome "a new learner", unnamed. -->
      <div class="field consent">
        <input id="signup-share" name="shareFirstName" type="checkbox" value="yes" aria-describedby="signup-share-hint">
        <label for="signup-share">${l.t(lang, "signupShareName")}</label>
      </div>
      <p class="hint" id="signup-share-hint">${l.t(lang, "signupShareNameHint")}</p>
      <button type="submit">${l.t(lang, "signupSubmit")}</button>
      <div class="form-success" role="status" tabindex="-1" hidden data-link-page="${l.page(lang, "me")}#link" data-my-page="${l.page(lang, "me")}">${l.t(lang, "signupDone")}</div>
    </form>
  </section>
</@l.shell>
