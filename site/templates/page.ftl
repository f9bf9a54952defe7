<#ftl output_format="HTML">
<#--
  type=page: a structural page of one language. Its `view` front matter picks what it shows
  (views/<view>.ftl): paths, guides, authors, role, tag, about, checkin, mentor, thanks, error, signin;
  anything else shows the page's own text.
-->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign view = (content.view!"text")?trim>
<#if !["paths", "guides", "authors", "role", "tag", "about", "checkin", "mentor", "thanks", "error", "signin"]?seq_contains(view)>
  <#assign view = "text">
</#if>
<@l.shell lang=lang
         title=(content.title!l.slugOf(content))
         description=(content.summary!l.t(lang, "siteDescription"))
         path=l.href(content)
         translation=l.translationOf(content, "pages")
         bodyClass="page page-" + view>
  <header class="doc-header">
    <h1>${content.title!l.slugOf(content)}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
  </header>
  <#include "views/" + view + ".ftl">
</@l.shell>
