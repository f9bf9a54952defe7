<#ftl output_format="HTML">
<#-- type=path: a course path that a cohort follows, with the sign-up form. -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign translation = l.translationOf(content, "paths")>
<#assign slug = l.slugOf(content)>
<@l.page lang=lang
         title=(content.title!slug)
         description=(content.summary!l.t(lang, "siteDescription"))
         translation=translation
         bodyClass="path">
  <article>
    <header class="doc-header">
      <p class="kicker"><a href="/${lang}/index.html#paths">${l.t(lang, "pathsHeading")}</a></p>
      <h1>${content.title!slug}</h1>
      <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
      <dl class="facts">
        <#if content.level?has_content><div><dt>${l.t(lang, "level")}</dt><dd>${l.levelLabel(lang, content.level)}</dd></div></#if>
        <#if content.weeks?has_content><div><dt>${l.t(lang, "duration")}</dt><dd>${content.weeks} ${l.t(lang, "weeks")}</dd></div></#if>
        <div><dt>${l.t(lang, "language")}</dt><dd>${l.t(lang, "languageName")}</dd></div>
      </dl>
      <#if translation?has_content>
      <p class="translation"><a href="${l.href(translation)}" hreflang="${l.langOf(translation)}" lang="${l.langOf(translation)}">${l.t(lang, "translationOf")}${l.t(lang, "colon")}${translation.title}</a></p>
      </#if>
    </header>
    <div class="prose">
      ${content.body?no_esc}
    </div>
  </article>

  <#-- SIGN-UP FORM. Posts to /api/signups, wired by a later issue. No JavaScript. -->
  <section id="signup" class="signup" aria-labelledby="signup-title">
    <h2 id="signup-title">${l.t(lang, "signupHeading")}</h2>
    <p>${l.t(lang, "signupIntro")}</p>
    <form class="signup-form" method="post" action="/api/signups">
      <input type="hidden" name="pathId" value="${slug}">
      <input type="hidden" name="language" value="${lang}">
      <div class="field">
        <label for="signup-name">${l.t(lang, "signupName")}</label>
        <input id="signup-name" name="name" type="text" autocomplete="name" maxlength="120" required>
      </div>
      <div class="field">
        <label for="signup-email">${l.t(lang, "signupEmail")}</label>
        <input id="signup-email" name="email" type="email" autocomplete="email" maxlength="254" required>
      </div>
      <div class="field">
        <label for="signup-cohort">${l.t(lang, "signupCohort")}</label>
        <input id="signup-cohort" name="cohortId" type="text" maxlength="64" aria-describedby="signup-cohort-hint">
        <p class="hint" id="signup-cohort-hint">${l.t(lang, "signupCohortHint")}</p>
      </div>
      <div class="field">
        <label for="signup-timezone">${l.t(lang, "signupTimezone")}</label>
        <input id="signup-timezone" name="timezone" type="text" list="timezones" maxlength="64" required aria-describedby="signup-timezone-hint">
        <p class="hint" id="signup-timezone-hint">${l.t(lang, "signupTimezoneHint")}</p>
        <datalist id="timezones">
          <#list ["Europe/Paris", "Europe/London", "Europe/Brussels", "Europe/Zurich", "Africa/Abidjan", "Africa/Dakar", "Africa/Casablanca", "Africa/Tunis", "Africa/Kinshasa", "Indian/Reunion", "America/Montreal", "America/Toronto", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "UTC"] as tz>
          <option value="${tz}"></option>
          </#list>
        </datalist>
      </div>
      <div class="field consent">
        <input id="signup-consent" name="consent" type="checkbox" value="yes" required>
        <label for="signup-consent">${l.t(lang, "signupConsent")}</label>
      </div>
      <button type="submit">${l.t(lang, "signupSubmit")}</button>
    </form>
  </section>
</@l.page>
