<#ftl output_format="HTML">
<#--
  Shared layout and helpers for every page of the LCM Hub site.
  Import it with: <#import "layout.ftl" as l>

  Rules that keep the site safe under a strict Content-Security-Policy:
  no inline <script>, no style="" attribute, no external URL for scripts, styles or fonts.
  All links are root-relative ("/en/...") so that 404.html works at any depth.
-->
<#assign languages = ["en", "fr"]>

<#assign strings = {
  "en": {
    "languageName": "English",
    "colon": ": ",
    "siteTagline": "Open resources for Learning Community Managers and the learners they support",
    "siteDescription": "LCM Hub: course paths for online learners and best-practice guides for the Learning Community Managers who keep cohorts going.",
    "skip": "Skip to content",
    "navLabel": "Main",
    "navHome": "Home",
    "navPaths": "Course paths",
    "navGuides": "Guides",
    "switchTo": "Lire en français",
    "pathsHeading": "Course paths",
    "pathsIntro": "Week-by-week paths that a cohort follows together, with an LCM at their side.",
    "guidesHeading": "Guides for LCMs",
    "guidesIntro": "Practical, tested ways to help, orient, moderate and keep a cohort going.",
    "noPaths": "No course path in English yet.",
    "noGuides": "No guide in English yet.",
    "level": "Level",
    "duration": "Duration",
    "weeks": "weeks",
    "language": "Language",
    "by": "By",
    "published": "Published",
    "forRoles": "For",
    "topics": "Topics",
    "onThisPath": "On this path",
    "signupHeading": "Join a cohort",
    "signupIntro": "Sign up and your Learning Community Manager will get in touch before the first week. You can leave a cohort at any time.",
    "signupName": "Your name",
    "signupEmail": "Email address",
    "signupCohort": "Cohort code (optional)",
    "signupCohortHint": "If your LCM gave you a cohort code, type it here. Leave it empty to join the next cohort.",
    "signupTimezone": "Your time zone",
    "signupTimezoneHint": "For example Europe/Paris or America/Montreal, so that live sessions are scheduled at sensible hours for you.",
    "signupConsent": "I agree that LCM Hub stores my name, email and time zone to run this cohort. I can ask for them to be deleted at any time.",
    "signupSubmit": "Sign me up",
    "translationOf": "This page in French",
    "footer": "LCM Hub is open source. Its course paths and guides are written by Learning Community Managers.",
    "notFoundTitle": "Page not found",
    "notFoundText": "This page does not exist, or it has moved. The course paths and guides are listed on the home page.",
    "backHome": "Go to the English home page",
    "chooseLanguage": "Choose your language"
  },
  "fr": {
    "languageName": "Français",
    "colon": "\xA0: ",
    "siteTagline": "Des ressources ouvertes pour les Learning Community Managers et les apprenants qu'ils accompagnent",
    "siteDescription": "LCM Hub : des parcours de formation pour apprenants en ligne et des guides de bonnes pratiques pour les Learning Community Managers qui font vivre les cohortes.",
    "skip": "Aller au contenu",
    "navLabel": "Navigation principale",
    "navHome": "Accueil",
    "navPaths": "Parcours",
    "navGuides": "Guides",
    "switchTo": "Read in English",
    "pathsHeading": "Parcours de formation",
    "pathsIntro": "Des parcours semaine par semaine, suivis en cohorte avec un LCM à vos côtés.",
    "guidesHeading": "Guides pour les LCM",
    "guidesIntro": "Des méthodes concrètes et éprouvées pour aider, orienter, modérer et faire vivre une cohorte.",
    "noPaths": "Pas encore de parcours en français.",
    "noGuides": "Pas encore de guide en français.",
    "level": "Niveau",
    "duration": "Durée",
    "weeks": "semaines",
    "language": "Langue",
    "by": "Par",
    "published": "Publié le",
    "forRoles": "Pour",
    "topics": "Thèmes",
    "onThisPath": "Dans ce parcours",
    "signupHeading": "Rejoindre une cohorte",
    "signupIntro": "Inscrivez-vous : votre Learning Community Manager vous contactera avant la première semaine. Vous pouvez quitter une cohorte à tout moment.",
    "signupName": "Votre nom",
    "signupEmail": "Adresse e-mail",
    "signupCohort": "Code de cohorte (facultatif)",
    "signupCohortHint": "Si votre LCM vous a donné un code de cohorte, saisissez-le ici. Laissez vide pour rejoindre la prochaine cohorte.",
    "signupTimezone": "Votre fuseau horaire",
    "signupTimezoneHint": "Par exemple Europe/Paris ou America/Montreal, pour que les séances en direct tombent à des heures raisonnables pour vous.",
    "signupConsent": "J'accepte que LCM Hub conserve mon nom, mon e-mail et mon fuseau horaire pour faire fonctionner cette cohorte. Je peux demander leur suppression à tout moment.",
    "signupSubmit": "Je m'inscris",
    "translationOf": "Cette page en anglais",
    "footer": "LCM Hub est open source. Ses parcours et ses guides sont écrits par des Learning Community Managers.",
    "notFoundTitle": "Page introuvable",
    "notFoundText": "Cette page n'existe pas, ou elle a été déplacée. Les parcours et les guides sont listés sur la page d'accueil.",
    "backHome": "Aller à l'accueil en français",
    "chooseLanguage": "Choisissez votre langue"
  }
}>

<#assign levels = {
  "en": {"beginner": "Beginner", "intermediate": "Intermediate", "advanced": "Advanced"},
  "fr": {"beginner": "Débutant", "intermediate": "Intermédiaire", "advanced": "Avancé"}
}>

<#-- The language of a document, "en" when missing or unknown. -->
<#function langOf doc>
  <#local lang = (doc.language!"en")?trim?lower_case>
  <#return languages?seq_contains(lang)?then(lang, "en")>
</#function>

<#function other lang>
  <#return (lang == "fr")?then("en", "fr")>
</#function>

<#function t lang key>
  <#return strings[lang][key]!strings["en"][key]>
</#function>

<#function levelLabel lang level>
  <#local key = (level!"")?trim?lower_case>
  <#return (levels[lang][key])!level>
</#function>

<#-- Published documents of one type ("paths", "guides", "homes") in one language. -->
<#function docs kind lang>
  <#local all = []>
  <#if kind == "paths"><#local all = published_paths![]>
  <#elseif kind == "guides"><#local all = published_guides![]>
  <#elseif kind == "homes"><#local all = published_homes![]>
  </#if>
  <#return all?filter(d -> langOf(d) == lang)>
</#function>

<#--
  The translation of a document: the published document of the same type that shares its
  translationKey in the other language. Returns an empty hash when there is none.
  The hub's bake gives each document its `translations` (same type and translationKey, newest
  first): without them this looks through every published document of the type, which, done
  for every page, made the bake grow with the square of the number of pages.
-->
<#function translationOf doc kind>
  <#local key = (doc.translationKey!"")?trim>
  <#if key == ""><#return {}></#if>
  <#if doc.translations?? && kind == (doc.type!"") + "s">
    <#local candidates = doc.translations>
  <#else>
    <#local candidates = docs(kind, other(langOf(doc)))>
  </#if>
  <#list candidates as d>
    <#if langOf(d) == other(langOf(doc)) && (d.translationKey!"")?trim == key><#return d></#if>
  </#list>
  <#return {}>
</#function>

<#-- The slug of a document: its file name without extension, e.g. python-in-8-weeks. -->
<#function slugOf doc>
  <#return (doc.uri!"")?keep_after_last("/")?keep_before_last(".")>
</#function>

<#function href doc>
  <#return "/" + (doc.uri!"")?remove_beginning("/")>
</#function>

<#--
  The page shell. `translation` is the translated document (or {}), used for the language
  switch; without one the switch leads to the other language's home page.
-->
<#macro page lang title description translation={} bodyClass="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'">
<title>${title} · LCM Hub</title>
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="/css/hub.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<#if translation?has_content>
<link rel="alternate" hreflang="${langOf(translation)}" href="${href(translation)}">
</#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">${t(lang, "skip")}</a>
<header class="site-header">
  <nav class="site-nav" aria-label="${t(lang, "navLabel")}">
    <a class="brand" href="/${lang}/index.html">LCM Hub</a>
    <ul class="nav-links">
      <li><a href="/${lang}/index.html">${t(lang, "navHome")}</a></li>
      <li><a href="/${lang}/index.html#paths">${t(lang, "navPaths")}</a></li>
      <li><a href="/${lang}/index.html#guides">${t(lang, "navGuides")}</a></li>
      <li>
      <#if translation?has_content>
        <a class="lang-switch" rel="alternate" href="${href(translation)}" hreflang="${other(lang)}" lang="${other(lang)}">${t(lang, "switchTo")}</a>
      <#else>
        <a class="lang-switch" href="/${other(lang)}/index.html" hreflang="${other(lang)}" lang="${other(lang)}">${t(lang, "switchTo")}</a>
      </#if>
      </li>
    </ul>
  </nav>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
  <p>${t(lang, "footer")}</p>
</footer>
</body>
</html>
</#macro>

<#-- A list of course paths as cards. -->
<#macro pathList lang items>
  <#if items?has_content>
  <ul class="cards">
    <#list items?sort_by("title") as p>
    <li class="card">
      <h3><a href="${href(p)}">${p.title!slugOf(p)}</a></h3>
      <#if p.summary?has_content><p>${p.summary}</p></#if>
      <p class="meta">
        <#if p.level?has_content><span>${t(lang, "level")}${t(lang, "colon")}${levelLabel(lang, p.level)}</span></#if>
        <#if p.weeks?has_content><span>${t(lang, "duration")}${t(lang, "colon")}${p.weeks} ${t(lang, "weeks")}</span></#if>
      </p>
    </li>
    </#list>
  </ul>
  <#else>
  <p class="empty">${t(lang, "noPaths")}</p>
  </#if>
</#macro>

<#-- A list of guides as cards, newest first (JBake sorts published content by date). -->
<#macro guideList lang items>
  <#if items?has_content>
  <ul class="cards">
    <#list items as g>
    <li class="card">
      <h3><a href="${href(g)}">${g.title!slugOf(g)}</a></h3>
      <#if g.summary?has_content><p>${g.summary}</p></#if>
      <p class="meta">
        <#if g.author?has_content><span>${t(lang, "by")} ${g.author}</span></#if>
        <#if g.roles?has_content><span>${t(lang, "forRoles")}${t(lang, "colon")}${g.roles?split(",")?map(r -> r?trim)?filter(r -> r?has_content)?join(", ")}</span></#if>
      </p>
    </li>
    </#list>
  </ul>
  <#else>
  <p class="empty">${t(lang, "noGuides")}</p>
  </#if>
</#macro>
