<#ftl output_format="HTML">
<#--
  The hub's guides and each path's steps in one language, for 1:1 reports: the mentor chooses
  from them, the learner follows them as links (js/plans.js reads this template). Guides are named
  by their translationKey, so a report reads in whichever language its reader has.
-->
<#import "layout.ftl" as l>

<#macro catalogue lang>
<template id="hub-resources">
<ul data-kind="guides">
<#list l.docs("guides", lang)?sort_by("title") as g>
<li data-key="${(g.translationKey!l.slugOf(g))?trim}" data-href="${l.href(g)}">${g.title!l.slugOf(g)}</li>
</#list>
</ul>
<#list l.docs("paths", lang) as p>
<ol data-path="${p.pathId!l.slugOf(p)}" data-href="${l.href(p)}#steps-title">
<#list l.stepsOf(p) as step><li>${step.title}</li></#list>
</ol>
</#list>
</template>
</#macro>
