<#ftl output_format="HTML">
<#-- type=page: a plain page (about, code of conduct...) in one language. -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<@l.page lang=lang
         title=(content.title!l.slugOf(content))
         description=(content.summary!l.t(lang, "siteDescription"))
         bodyClass="page">
  <article>
    <header class="doc-header">
      <h1>${content.title!l.slugOf(content)}</h1>
    </header>
    <div class="prose">
      ${content.body?no_esc}
    </div>
  </article>
</@l.page>
