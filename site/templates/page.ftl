<#ftl output_format="HTML">
<#--
  type=page: a structural page of one language. Its `view` front matter picks what it shows
  (views/<view>.ftl): paths, guides, authors, role, tag, about, checkin, mentor, thanks, error, signin,
  staff (/<lang>/staff/, where the team's pages are listed),
  and the learner's pages me, signed-up (one page per sign-up outcome), link-sent, checkin-saved, left;
  anything else shows the page's own text.
-->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign view = (content.view!"text")?trim>
<#if !["paths", "guides", "authors", "role", "tag", "about", "checkin", "mentor", "thanks", "error", "signin", "me",
         "signed-up", "link-sent", "checkin-saved", "left", "suggest", "staff"]?seq_contains(view)>
  <#assign view = "text">
</#if>
<#-- A learner's pages send no referrer and stay out of search engines. -->
<#assign private = ["checkin", "me", "signed-up", "link-sent", "checkin-saved", "left"]?seq_contains(view)>
<#-- The views with scripts of their own: the team's index (staff) reads the staff session of the tab. -->
<#assign viewScripts = {
  "me": ["/js/charts.js", "/js/me-proposal.js", "/js/confirm.js", "/js/checkin-weeks.js", "/js/learner.js", "/js/plans.js",
         "/js/my-plan.js", "/js/conduct.js", "/js/community-me.js"],
  "checkin": ["/js/checkin-weeks.js"],
  "staff": ["/js/auth.js", "/js/staff-index.js"]
}>
<@l.shell lang=lang
         title=(content.title!l.slugOf(content))
         description=(content.summary!l.t(lang, "siteDescription"))
         path=l.href(content)
         translation=l.translationOf(content, "pages")
         bodyClass="page page-" + view
         private=private
         scripts=viewScripts[view]![]>
  <header class="doc-header">
    <h1>${content.title!l.slugOf(content)}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
  </header>
  <#include "views/" + view + ".ftl">
</@l.shell>
