<#ftl output_format="HTML">
<#--
  Shared layout and helpers for every page of the LCM Hub site.
  Import it with: <#import "layout.ftl" as l>

  Rules that keep the site safe under a strict Content-Security-Policy (set by template.yaml's
  response-headers policy, and by the local hub from it): no inline <script>, no style=""
  attribute, no external URL for scripts, styles or fonts. Links are root-relative ("/en/...") so
  that 404.html works at any depth; canonical and feed URLs use site.host from jbake.properties.
-->
<#include "i18n.ftl">
<#assign languages = ["en", "fr"]>
<#assign host = (config.site_host!"")?remove_ending("/")>

<#assign levels = {
  "en": {"beginner": "Beginner", "intermediate": "Intermediate", "advanced": "Advanced"},
  "fr": {"beginner": "Débutant", "intermediate": "Intermédiaire", "advanced": "Avancé"}
}>

<#-- A document's HTML body. Markdown task lists ("- [ ] item") render as disabled checkboxes
     that have no label; a checklist in a guide is something to read, so the box is drawn by CSS
     and hidden from assistive technology. -->
<#function bodyOf doc>
  <#return (doc.body!"")?replace('<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" readonly="readonly" />&nbsp;', '<span class="task-box" aria-hidden="true"></span>')?replace('<input type="checkbox" class="task-list-item-checkbox" checked="checked" disabled="disabled" readonly="readonly" />&nbsp;', '<span class="task-box done" aria-hidden="true"></span>')>
</#function>

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

<#-- A message with its {placeholders} filled from `params` (a hash), e.g. tp(lang, "x", {"n": 3}). -->
<#function tp lang key params>
  <#local text = t(lang, key)>
  <#list params as name, value>
    <#if value?is_number><#local shown = value?c><#else><#local shown = value?string></#if>
    <#local text = text?replace("{" + name + "}", shown)>
  </#list>
  <#return text>
</#function>

<#-- `key.one` or `key.other` by the plural rule of the language (English: 1 is one; French: 0
     and 1 are one, as Intl.PluralRules says), with {count} filled. -->
<#function plural lang key count params={}>
  <#local one = (lang == "fr")?then(count == 0 || count == 1, count == 1)>
  <#return tp(lang, key + one?then(".one", ".other"), params + {"count": count})>
</#function>

<#-- The common time zones as options, each named in words in the page's language (the
     catalogue's "tz.<IANA id>" entries, in their order) while its value stays the id the API
     takes. Without a script this is the whole choice; i18n.js adds every other zone. A page using
     it says so to `shell` (zones=true), or in its own head, so that it loads /js/zones.<lang>.js. -->
<#macro zoneOptions lang>
  <option value="">${t(lang, "zone.choose")}</option>
  <optgroup label="${t(lang, "zone.common")}">
  <#list strings[lang]?keys?filter(k -> k?starts_with("tz.")) as key>
    <option value="${key?remove_beginning("tz.")}">${strings[lang][key]}</option>
  </#list>
  </optgroup>
</#macro>

<#function levelLabel lang level>
  <#local key = (level!"")?trim?lower_case>
  <#return (levels[lang][key])!level>
</#function>

<#-- A role's or a tag's label from site/taxonomy.properties (kind "role" or "tag"). -->
<#function label kind key lang>
  <#return (config[kind + "_" + key + "_" + lang])!(config[kind + "_" + key + "_en"])!key>
</#function>

<#function taxonomy kind>
  <#return csv((config["taxonomy_" + kind + "s"])!"")>
</#function>

<#-- A comma list from front matter, whether JBake made it a list (tags) or left it a string. -->
<#function csv value>
  <#if !value??><#return []></#if>
  <#if value?is_sequence><#return value?map(x -> x?trim)?filter(x -> x?has_content)></#if>
  <#return value?string?split(",")?map(x -> x?trim)?filter(x -> x?has_content)>
</#function>

<#-- The ordered steps of a path: "1:Set up;2:Variables;3-4:Loops" → [{week, title}]. -->
<#function stepsOf doc>
  <#local result = []>
  <#list (doc.steps!"")?split(";") as raw>
    <#local step = raw?trim>
    <#if step?has_content>
      <#if step?contains(":")>
        <#local result = result + [{"week": step?keep_before(":")?trim, "title": step?keep_after(":")?trim}]>
      <#else>
        <#local result = result + [{"week": "", "title": step}]>
      </#if>
    </#if>
  </#list>
  <#return result>
</#function>

<#function slugify text>
  <#return (text!"")?lower_case?replace("[^a-z0-9]+", "-", "r")?remove_beginning("-")?remove_ending("-")>
</#function>

<#-- Published documents of one type ("paths", "guides", "homes", "pages") in one language. -->
<#function docs kind lang>
  <#local all = []>
  <#if kind == "paths"><#local all = published_paths![]>
  <#elseif kind == "guides"><#local all = published_guides![]>
  <#elseif kind == "homes"><#local all = published_homes![]>
  <#elseif kind == "pages"><#local all = published_pages![]>
  </#if>
  <#return all?filter(d -> langOf(d) == lang)>
</#function>

<#function guidesWith field key lang>
  <#return docs("guides", lang)?filter(g -> csv(g[field]!"")?seq_contains(key))>
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

<#-- The URL of a structural page of a language, e.g. page("fr", "thanks") → /fr/merci.html. -->
<#function page lang view>
  <#return "/" + lang + "/" + pageSlugs[lang][view] + ".html">
</#function>

<#function roleHref lang role>
  <#return "/" + lang + "/roles/" + role + ".html">
</#function>

<#function tagHref lang tag>
  <#return "/" + lang + "/tags/" + tag + ".html">
</#function>

<#function authorHref lang author>
  <#return page(lang, "authors") + "#" + slugify(author)>
</#function>

<#--
  The page shell. `path` is the page's own URL path (canonical URL and Open Graph);
  `translation` is the translated document (or {}), used for the language switch and hreflang;
  without one the switch leads to the other language's home page. `searchable` marks the part of
  the page that Pagefind indexes (paths and guides only).
-->
<#--
  `private` marks a learner's page: no referrer is ever sent from it and search engines leave it
  out. `scripts` are the page's own scripts, loaded after the shared ones. `zones` marks a page with
  a time zone list (zoneOptions): only those load the zones' words (/js/zones.<lang>.js).
-->
<#macro shell lang title description path translation={} bodyClass="" searchable=false ogType="website" private=false scripts=[] zones=false lead=[]>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- The site's name follows a page's title, once: the home pages are titled with the name alone. -->
<title>${(title == "LCM Hub")?then(title, title + " · LCM Hub")}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${host}${path}">
<#if translation?has_content>
<link rel="alternate" hreflang="${lang}" href="${host}${path}">
<link rel="alternate" hreflang="${langOf(translation)}" href="${host}${href(translation)}">
</#if>
<link rel="alternate" type="application/atom+xml" title="${t(lang, "feed")}" href="/${lang}/feed.xml">
<meta property="og:type" content="${ogType}">
<meta property="og:site_name" content="LCM Hub">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${host}${path}">
<meta property="og:locale" content="${t(lang, "locale")}">
<meta property="og:locale:alternate" content="${t(other(lang), "locale")}">
<meta name="color-scheme" content="light dark">
<#if private>
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
</#if>
<link rel="stylesheet" href="/css/hub.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<#-- Scripts that run before the page's words are read (the 404 page's choice of language). -->
<#list lead as script>
<script src="${script}" defer></script>
</#list>
<script src="/js/messages.${lang}.js" defer></script>
<#if zones><script src="/js/zones.${lang}.js" defer></script>
</#if>
<script src="/js/i18n.js" defer></script>
<script src="/js/learner-key.js" defer></script>
<script src="/js/hub.js" defer></script>
<#list scripts as script>
<script src="${script}" defer></script>
</#list>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<@siteHeader lang=lang translation=translation/>
<main id="main"<#if searchable> data-pagefind-body</#if>>
<#nested>
</main>
<@siteFooter lang=lang/>
</body>
</html>
</#macro>

<#-- The skip link and header of every page, in one language (the 404 page bakes both). -->
<#macro siteHeader lang translation={}>
<a class="skip-link" href="#main">${t(lang, "skip")}</a>
<header class="site-header">
  <div class="bar">
    <a class="brand" href="/${lang}/index.html"><img src="/favicon.svg" alt="" width="28" height="28"> LCM Hub</a>
    <nav class="site-nav" aria-label="${t(lang, "navLabel")}">
      <ul class="nav-links">
        <li><a href="${page(lang, "paths")}">${t(lang, "navPaths")}</a></li>
        <li><a href="${page(lang, "guides")}">${t(lang, "navGuides")}</a></li>
        <li><a href="${page(lang, "about")}">${t(lang, "navAbout")}</a></li>
        <li data-learner-nav hidden><a href="${page(lang, "me")}">${t(lang, "nav.myPage")}</a></li>
        <li>
        <#if translation?has_content>
          <a class="lang-switch" rel="alternate" href="${href(translation)}" hreflang="${other(lang)}" lang="${other(lang)}" aria-label="${t(lang, "switchToLabel")}">${t(lang, "switchTo")}</a>
        <#else>
          <a class="lang-switch" href="/${other(lang)}/index.html" hreflang="${other(lang)}" lang="${other(lang)}" aria-label="${t(lang, "switchToLabel")}">${t(lang, "switchTo")}</a>
        </#if>
        </li>
      </ul>
    </nav>
    <div class="search" data-search hidden>
      <form role="search" class="search-form" action="${page(lang, "guides")}">
        <label class="visually-hidden" for="search-input">${t(lang, "searchLabel")}</label>
        <input id="search-input" class="search-input" type="search" name="q" autocomplete="off"
               placeholder="${t(lang, "searchPlaceholder")}" aria-controls="search-results"
               data-none="${t(lang, "searchNone")}">
      </form>
      <div id="search-results" class="search-results" aria-live="polite"></div>
    </div>
  </div>
</header>
</#macro>

<#-- The footer of every page, in one language. -->
<#macro siteFooter lang>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="${page(lang, "about")}">${t(lang, "aboutLink")}</a></li>
    <li><a href="${page(lang, "authors")}">${t(lang, "authorsLink")}</a></li>
    <#-- Always here (the header's link shows only where this browser holds a key): a learner who
         lost their personal link finds "Mail me my link again" on My page. -->
    <li><a href="${page(lang, "me")}">${t(lang, "nav.myPage")}</a></li>
    <li><a href="${page(lang, "checkin")}">${t(lang, "checkinLink")}</a></li>
    <li><a href="${page(lang, "mentor")}">${t(lang, "mentorLink")}</a></li>
    <li><a href="/${lang}/feed.xml">${t(lang, "feed")}</a></li>
    <#-- LCMs and mentors reach their pages only through this sign-in; nothing else public leads there.
         hub.js makes it the team's pages for someone signed in in this tab (a script is needed to know). -->
    <li><a href="${page(lang, "signin")}" data-staff-footer data-signed-in-href="/${lang}/staff/"
           data-signed-in-text="${t(lang, "signin.teamPages")}">${t(lang, "signin.title")}</a></li>
  </ul>
  <p>${t(lang, "footer")}</p>
</footer>
</#macro>

<#-- The team's pages in the order of its navigation, each marked with the role it serves
     (data-for): the sign-in page shows a signed-in person those of their role, /<lang>/staff/ all. -->
<#macro teamPages lang>
  <#local p = (lang == "fr")?then({"cohorts": "cohortes", "dashboard": "tableau-de-bord", "matching": "appariement", "mentor": "espace-mentor"},
                                  {"cohorts": "cohorts", "dashboard": "dashboard", "matching": "matching", "mentor": "mentor"})>
  <ul class="plain">
    <li data-for="lcm"><a href="/${lang}/staff/${p.cohorts}.html">${t(lang, "signin.cohorts")}</a></li>
    <li data-for="lcm"><a href="/${lang}/staff/${p.dashboard}.html">${t(lang, "signin.dashboard")}</a></li>
    <li data-for="lcm"><a href="/${lang}/staff/${p.matching}.html">${t(lang, "signin.matching")}</a></li>
    <li data-for="lcm"><a href="/${lang}/staff/guides.html">${t(lang, "guides.signinLink")}</a></li>
    <li data-for="mentor"><a href="/${lang}/staff/${p.mentor}.html">${t(lang, "signin.mentorPage")}</a></li>
  </ul>
</#macro>

<#-- A list of course paths as cards; `level` the cards' heading level, one below the heading above
     the list (2 on a page whose only heading above is its title). -->
<#macro pathList lang items level=3>
  <#if items?has_content>
  <ul class="cards">
    <#list items?sort_by("title") as p>
    <li class="card">
      <h${level}><a href="${href(p)}">${p.title!slugOf(p)}</a></h${level}>
      <#if p.summary?has_content><p>${p.summary}</p></#if>
      <p class="meta">
        <#if p.level?has_content><span class="pill">${levelLabel(lang, p.level)}</span></#if>
        <#if p.weeks?has_content><span>${p.weeks} ${t(lang, "weeks")}</span></#if>
        <#if p.effort?has_content><span>${p.effort} ${t(lang, "hoursPerWeek")}</span></#if>
      </p>
    </li>
    </#list>
  </ul>
  <#else>
  <p class="empty">${t(lang, "noPaths")}</p>
  </#if>
</#macro>

<#-- A list of guides as cards, newest first (JBake sorts published content by date). -->
<#macro guideList lang items level=3>
  <#if items?has_content>
  <ul class="cards">
    <#list items as g>
    <li class="card">
      <h${level}><a href="${href(g)}">${g.title!slugOf(g)}</a></h${level}>
      <#if g.summary?has_content><p>${g.summary}</p></#if>
      <p class="meta">
        <#if g.author?has_content><span>${t(lang, "by")} ${g.author}</span></#if>
        <#-- The lists are headed for LCMs: a guide written for learners says so, without the LCM roles, as its page does. -->
        <#if (g.audience!"lcm")?trim == "learner"><span class="pill pill-learners">${t(lang, "guideForLearners")}</span>
        <#else><#list csv(g.roles!"") as r><span class="pill">${label("role", r, lang)}</span></#list></#if>
      </p>
    </li>
    </#list>
  </ul>
  <#else>
  <p class="empty">${t(lang, "noGuides")}</p>
  </#if>
</#macro>

<#-- Links to every role and tag page of a language. -->
<#macro taxonomyNav lang>
  <nav class="taxonomy" aria-labelledby="by-role-${lang}">
    <h2 id="by-role-${lang}">${t(lang, "byRole")}</h2>
    <ul class="chips">
      <#list taxonomy("role") as r><li><a href="${roleHref(lang, r)}">${label("role", r, lang)}</a></li></#list>
    </ul>
  </nav>
  <nav class="taxonomy" aria-labelledby="by-topic-${lang}">
    <h2 id="by-topic-${lang}">${t(lang, "byTopic")}</h2>
    <ul class="chips">
      <#list taxonomy("tag") as tag><li><a href="${tagHref(lang, tag)}">${label("tag", tag, lang)}</a></li></#list>
    </ul>
  </nav>
</#macro>

<#-- The hidden fields every form of the site carries: where to go next, the honeypot, and the
     problems its page can say without a script (formProblem's fields and codes, in their order). -->
<#-- `next` may name a field of the API's answer in braces ({result}), one static page per outcome. -->
<#-- `summary`: the heading of the problems a script lists; a form whose page has a problem box
     (formProblem) gives it the box's own words, so a problem reads the same with a script or without. -->
<#macro formPlumbing lang next="" errorPage="" idPrefix="" problems=[] summary="">
  <input type="hidden" name="next" value="${next?has_content?then(next, page(lang, "thanks"))}">
  <input type="hidden" name="errorPage" value="${errorPage?has_content?then(errorPage, page(lang, "error"))}">
  <#if problems?has_content><input type="hidden" name="problems" value="<#list problems as p>${p.name}<#sep> </#list>"></#if>
  <div class="hp">
    <label for="${idPrefix}${lang}-website">${t(lang, "honeypot")}</label>
    <input id="${idPrefix}${lang}-website" name="website" type="text" tabindex="-1" autocomplete="off">
  </div>
  <div class="form-errors" tabindex="-1" hidden>
    <h3>${summary?has_content?then(summary, t(lang, "errorSummary"))}</h3>
    <ul></ul>
  </div>
</#macro>

<#-- The in-page question asked before acting (js/confirm.js, which shows it; without a script it
     never shows): the page's script sets its words in `<id>-text`, anything nested goes under them. -->
<#macro confirmBox id yes no class="staff-confirm">
  <div id="${id}" class="${class}" role="alertdialog" aria-labelledby="${id}-text" tabindex="-1" hidden>
    <p id="${id}-text"></p>
    <#nested>
    <p class="staff-actions"><button type="button" id="${id}-yes" class="button" data-confirm-yes>${yes}</button>
    <button type="button" id="${id}-no" class="button-secondary" data-confirm-no>${no}</button></p>
  </div>
</#macro>

<#--
  What a form posted without JavaScript says when the API refused it, and only that. The API sends
  the browser back to this page with ?code=...&fields=...#<id>--<problem>--<problem>, naming what
  went wrong in the order the form listed it (formPlumbing's `problems`), or #<id>--other. A page
  cannot read its query without a script, so the box holds one empty marker per set of fields
  that can go wrong together, and one per code; a marker's classes (p1, p2...) say which lines it
  stands for, and CSS (:target, :has) shows the box, those lines and the same lines next to their
  fields (fieldProblem). `fields` and `codes` are {"name", "id", "text"} hashes; `id` is the input
  a line links to (empty when there is nothing to fix in the form); a code may add a link
  elsewhere after its words ("href", "link").
-->
<#macro formProblem lang id title fields intro="" codes=[]>
  <div class="form-problem" id="${id}" tabindex="-1" role="alert" data-form-problem>
    <div class="problem-markers" aria-hidden="true"><#list problemSets(fields) as set><span id="${id}--${set.names?join("--")}" class="${set.classes?join(" ")}"></span></#list><#list codes as c><span id="${id}--${c.name}" class="p${fields?size + c?index + 1}"></span></#list><span id="${id}--other" class="p0"></span></div>
    <h3>${title}</h3>
    <#if intro?has_content><p>${intro}</p></#if>
    <ul>
      <#list fields as f><li class="p${f?index + 1}" data-field="${f.name}"><#if f.id?has_content><a href="#${f.id}">${f.text}</a><#else>${f.text}</#if></li></#list>
      <#list codes as c><li class="p${fields?size + c?index + 1}" data-code="${c.name}"><#if c.id?has_content><a href="#${c.id}">${c.text}</a><#else>${c.text}</#if><#if c.href??> <a href="${c.href}">${c.link}</a></#if></li></#list>
      <li class="p0" data-code="other">${t(lang, "errorGeneric")}</li>
    </ul>
  </div>
</#macro>

<#-- Every non-empty set of `fields`, each as its names (in the fields' order) and its classes. -->
<#function problemSets fields>
  <#local sets = []>
  <#if !fields?has_content><#return sets></#if>
  <#local count = 1>
  <#list fields as f><#local count = count * 2></#list>
  <#list 1..(count - 1) as mask>
    <#local names = []><#local classes = []><#local rest = mask>
    <#list fields as f>
      <#if rest % 2 == 1><#local names = names + [f.name]><#local classes = classes + ["p" + (f?index + 1)]></#if>
      <#local rest = (rest / 2)?floor>
    </#list>
    <#local sets = sets + [{"names": names, "classes": classes}]>
  </#list>
  <#return sets>
</#function>

<#-- The line of `fields` named `name`, under its field; shown with its box by CSS alone. A code
     that points at the same field with the same words (a check-in's unknown key) shows it too. -->
<#macro fieldProblem fields name codes=[]>
  <#list fields as f><#if f.name == name>
    <#local classes = ["p" + (f?index + 1)]>
    <#list codes as c><#if c.id == f.id && c.text == f.text><#local classes = classes + ["p" + (fields?size + c?index + 1)]></#if></#list>
    <p class="field-problem ${classes?join(" ")}" id="${f.id}-problem">${f.text}</p>
    <#-- A code of this field with words of its own (a key not recognised, rather than missing) says them here. -->
    <#list codes as c><#if c.id == f.id && c.text != f.text><p class="field-problem p${fields?size + c?index + 1}" id="${f.id}-problem-${c.name}">${c.text}</p></#if></#list>
  </#if></#list>
</#macro>
