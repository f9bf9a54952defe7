<#ftl output_format="HTML">
<#-- type=guide: a best-practice guide for Learning Community Managers. -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign translation = l.translationOf(content, "guides")>
<@l.page lang=lang
         title=(content.title!l.slugOf(content))
         description=(content.summary!l.t(lang, "siteDescription"))
         translation=translation
         bodyClass="guide">
  <article>
    <header class="doc-header">
      <p class="kicker"><a href="/${lang}/index.html#guides">${l.t(lang, "guidesHeading")}</a></p>
      <h1>${content.title!l.slugOf(content)}</h1>
      <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
      <dl class="facts">
        <#if content.author?has_content><div><dt>${l.t(lang, "by")}</dt><dd>${content.author}</dd></div></#if>
        <#if content.date??><div><dt>${l.t(lang, "published")}</dt><dd><time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("yyyy-MM-dd")}</time></dd></div></#if>
        <#if content.roles?has_content><div><dt>${l.t(lang, "forRoles")}</dt><dd>${content.roles?split(",")?map(r -> r?trim)?filter(r -> r?has_content)?join(", ")}</dd></div></#if>
        <#if content.tags?has_content><div><dt>${l.t(lang, "topics")}</dt><dd><ul class="tags"><#list content.tags as tag><li>${tag}</li></#list></ul></dd></div></#if>
      </dl>
      <#if translation?has_content>
      <p class="translation"><a href="${l.href(translation)}" hreflang="${l.langOf(translation)}" lang="${l.langOf(translation)}">${l.t(lang, "translationOf")}${l.t(lang, "colon")}${translation.title}</a></p>
      </#if>
    </header>
    <div class="prose">
      ${content.body?no_esc}
    </div>
  </article>
</@l.page>
