<#ftl output_format="HTML">
<#--
  type=staff: a page of the team's workspace (LCMs and mentors), one source for both languages.
  Its `view` picks the body (staff/<view>.ftl): cohorts, dashboard, matching, mentor. Words come
  from the site's message catalogue (site/messages/staff.json, merged by the bake into
  config.messages and /js/messages.<lang>.js); the page embeds the titles of the published course
  paths for its scripts (js/staff.js), which word reasons and dates with them.
-->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign view = (content.view!"dashboard")?trim>
<#function s key><#return (l.strings[lang][key])!(l.strings["en"][key])!key></#function>
<#-- The team pages in each language. -->
<#assign staffPages = {
  "cohorts": {"en": "/en/staff/cohorts.html", "fr": "/fr/staff/cohortes.html", "nav": "staff.nav.cohorts"},
  "dashboard": {"en": "/en/staff/dashboard.html", "fr": "/fr/staff/tableau-de-bord.html", "nav": "staff.nav.dashboard"},
  "matching": {"en": "/en/staff/matching.html", "fr": "/fr/staff/appariement.html", "nav": "staff.nav.matching"},
  "mentor": {"en": "/en/staff/mentor.html", "fr": "/fr/staff/espace-mentor.html", "nav": "staff.nav.mentoring"},
  "guides": {"en": "/en/staff/guides.html", "fr": "/fr/staff/guides.html", "nav": "guides.nav"}
}>
<#assign scripts = {
  "cohorts": ["/js/confirm.js", "/js/cohorts.js"],
  "dashboard": ["/js/charts.js", "/js/plans.js", "/js/report-form.js", "/js/dashboard.js", "/js/confirm.js", "/js/team.js", "/js/community.js", "/js/moderation.js"],
  "matching": ["/js/confirm.js", "/js/matching.js"],
  "mentor": ["/js/confirm.js", "/js/plans.js", "/js/report-form.js", "/js/mentor.js"],
  "guides": ["/js/confirm.js", "/js/guides.js"]
}>
<#-- The role each page is for: every API route behind it asks for that group (StaffClaims.lcm/mentor). -->
<#assign role = {"cohorts": "lcm", "dashboard": "lcm", "matching": "lcm", "guides": "lcm", "mentor": "mentor"}[view]!"">
<#assign otherLang = l.other(lang)>
<#assign signInPage = (lang == "fr")?then("/fr/connexion-equipe.html", "/en/staff-sign-in.html")>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${content.title!view} · LCM Hub</title>
<meta name="description" content="${content.summary!""}">
<meta name="color-scheme" content="light dark">
<link rel="alternate" hreflang="${otherLang}" href="${staffPages[view][otherLang]}">
<link rel="stylesheet" href="/css/hub.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script src="/js/messages.${lang}.js" defer></script>
<#-- The views with a time zone list (zoneOptions) load the zones' words. -->
<#if ["dashboard", "mentor"]?seq_contains(view)><script src="/js/zones.${lang}.js" defer></script>
</#if>
<script src="/js/i18n.js" defer></script>
<script src="/js/auth.js" defer></script>
<script src="/js/risk.js" defer></script>
<script src="/js/staff.js" defer></script>
<#list scripts[view]![] as src><script src="${src}" defer></script>
</#list>
</head>
<#-- The published paths' titles by id, as JSON in an attribute (escaped there): scripts word path ids with them. -->
<#assign pathsJson = "{" + l.docs("paths", lang)?sort_by("title")?map(p -> "\"" + (p.pathId!l.slugOf(p))?json_string
    + "\":\"" + (p.title!"")?json_string + "\"")?join(",") + "}">
<body class="staff-page staff-${view}" data-staff-view="${view}" data-staff-role="${role}" data-sign-in="${signInPage}" data-paths="${pathsJson}">
<a class="skip-link" href="#main">${s("staff.skip")}</a>
<header class="site-header staff-header">
  <div class="bar">
    <a class="brand" href="${staffPages.cohorts[lang]}"><img src="/favicon.svg" alt="" width="28" height="28"> ${s("staff.brand")}</a>
    <nav class="site-nav" aria-label="${s("staff.nav.label")}">
      <ul class="nav-links">
        <#list ["cohorts", "dashboard", "matching", "guides", "mentor"] as v>
        <li><a href="${staffPages[v][lang]}" data-staff-link="${v}"<#if v == view> aria-current="page"</#if>>${s(staffPages[v].nav)}</a></li>
        </#list>
        <li><a class="lang-switch" rel="alternate" href="${staffPages[view][otherLang]}" hreflang="${otherLang}" lang="${otherLang}" aria-label="${s("staff.switchToLabel")}" data-keep-query>${s("staff.switchTo")}</a></li>
      </ul>
    </nav>
    <#-- Shown by staff.js: without a script nobody can sign in here, nor can the page tell who is. -->
    <div class="staff-user" id="staff-user" hidden>
      <p class="staff-who" id="staff-who">${s("staff.notSignedIn")}</p>
      <p class="staff-user-actions"><a id="staff-sign-in" class="button-secondary" href="${signInPage}">${s("staff.signIn")}</a>
      <button type="button" id="staff-sign-out" class="button-secondary" hidden>${s("signin.signOut")}</button></p>
    </div>
  </div>
</header>
<main id="main" class="staff-main">
  <header class="doc-header">
    <h1>${content.title!view}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
  </header>
  <noscript><p class="notice">${s("staff.noScript")}</p></noscript>
  <p id="staff-signin-needed" class="notice" hidden>${s("staff.needSignIn")} <a id="staff-sign-in-notice" href="${signInPage}">${s("staff.signIn")}</a></p>
  <#-- Signed in without the page's role: what the page is for and where theirs is (staff.js), in place of the page. -->
  <#-- Each link is shown to whom holds the role it names (data-for-role); the team's index to whom holds neither. -->
  <p id="staff-wrong-role" class="notice" hidden>${s((role == "mentor")?then("staff.mentorOnly", "staff.lcmOnly"))}
    <#if role == "lcm"><a id="staff-wrong-role-mentor" href="${staffPages.mentor[lang]}" data-for-role="mentor" hidden>${s("signin.mentorPage")}</a></#if>
    <#if role == "mentor"><a id="staff-wrong-role-dashboard" href="${staffPages.dashboard[lang]}" data-for-role="lcm" hidden>${s("staff.mentorOnly.dashboard")}</a></#if>
    <a id="staff-wrong-role-team" href="/${lang}/staff/" hidden>${s("staff.mentorOnly.team")}</a></p>
  <div id="staff-view">
  <#include "staff/" + view + ".ftl">
  </div>
</main>
<footer class="site-footer">
  <p>${s("staff.footer")}</p>
</footer>
</body>
</html>
