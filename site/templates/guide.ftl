<#ftl output_format="HTML">
<#-- type=guide: a best-practice guide for Learning Community Managers. -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign translation = l.translationOf(content, "guides")>
<@l.shell lang=lang
         title=(content.title!l.slugOf(content))
         description=(content.summary!l.t(lang, "siteDescription"))
         path=l.href(content)
         translation=translation
         bodyClass="guide"
         searchable=((content.status!"") == "published")
         ogType="article">
  <#-- The other names readers search its subject by (front matter `searchTerms`: « entretien
       individuel » for a « rendez-vous individuel »): Pagefind metadata, searched and weighed as a
       title by hub.js, never shown. -->
  <#assign terms = l.csv(content.searchTerms!"")?join(", ")>
  <article<#if terms?has_content> data-pagefind-meta="terms:${terms}"</#if>>
    <header class="doc-header">
      <#-- Whom the guide is for, as its reader meets it: a learner is not told a guide is for LCMs.
           The guides' list is headed for LCMs, and no list of learners' guides exists to link to. -->
      <#assign forLearners = (content.audience!"lcm")?trim == "learner">
      <#if forLearners>
      <p class="kicker">${l.t(lang, "guidesForLearners")}</p>
      <#else>
      <p class="kicker"><a href="${l.page(lang, "guides")}">${l.t(lang, "guidesHeading")}</a></p>
      </#if>
      <h1>${content.title!l.slugOf(content)}</h1>
      <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
      <dl class="facts">
        <#if content.author?has_content><div><dt>${l.t(lang, "by")}</dt> <dd><a href="${l.authorHref(lang, content.author)}">${content.author}</a></dd></div></#if>
        <#-- Marked for the editor's preview, which leaves it out: a draft is not published. -->
        <#if content.date??><div data-published><dt>${l.t(lang, "published")}</dt> <dd><time datetime="${content.date?string("yyyy-MM-dd")}"><#assign pageLocale = .locale><#setting locale=(lang == "fr")?then("fr_FR", "en_GB")>${content.date?string("d MMMM yyyy")}<#setting locale=pageLocale></time></dd></div></#if>
        <#-- The LCM roles a guide serves sort it for LCMs; a learner reading their guide is not shown them. -->
        <#if !forLearners && l.csv(content.roles!"")?has_content><div><dt>${l.t(lang, "forRoles")}</dt> <dd><ul class="chips"><#list l.csv(content.roles!"") as r><li><a href="${l.roleHref(lang, r)}">${l.label("role", r, lang)}</a></li></#list></ul></dd></div></#if>
        <#if l.csv(content.tags!"")?has_content><div><dt>${l.t(lang, "topics")}</dt> <dd><ul class="chips tags"><#list l.csv(content.tags!"") as tag><li><a href="${l.tagHref(lang, tag)}">${l.label("tag", tag, lang)}</a></li></#list></ul></dd></div></#if>
      </dl>
      <#if translation?has_content>
      <p class="translation"><a href="${l.href(translation)}" hreflang="${l.langOf(translation)}" lang="${l.langOf(translation)}">${l.t(lang, "translationOf")}${l.t(lang, "colon")}${translation.title}</a></p>
      </#if>
    </header>
    <div class="prose">
      ${l.bodyOf(content)?no_esc}
    </div>
  </article>
</@l.shell>
