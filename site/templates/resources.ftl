<#ftl output_format="HTML">
<#--
  The hub's guides and each path's steps, for 1:1 reports: the mentor chooses from them, the
  learner follows them as links (js/plans.js reads this template). Guides are named by their
  translationKey, so a report reads in whichever language its reader has: one entry per guide,
  titled in the page's language when it has one, else in the language it is written in. Each
  says its audience (front matter `audience`, LCMs by default), the languages it exists in and
  the course paths it was written for, so the mentor is offered only guides for learners.
-->
<#import "layout.ftl" as l>

<#function keyOf g><#return (g.translationKey!l.slugOf(g))?trim></#function>

<#macro catalogue lang>
<#local other = (lang == "en")?then("fr", "en")>
<#local mine = l.docs("guides", lang)>
<#local theirs = l.docs("guides", other)>
<#local myKeys = mine?map(g -> keyOf(g))>
<#local theirKeys = theirs?map(g -> keyOf(g))>
<template id="hub-resources">
<ul data-kind="guides">
<#list (mine + theirs?filter(g -> !myKeys?seq_contains(keyOf(g))))?sort_by("title") as g>
<#local key = keyOf(g)>
<#local langs = [l.langOf(g)] + (l.langOf(g) == lang && theirKeys?seq_contains(key))?then([other], [])>
<li data-key="${key}" data-href="${l.href(g)}" lang="${l.langOf(g)}" data-langs="${langs?join(" ")}" data-audience="${(g.audience!"lcm")?trim}" data-paths="${(g.paths!"")?replace(",", " ")}">${g.title!l.slugOf(g)}</li>
</#list>
</ul>
<#list l.docs("paths", lang) as p>
<ol data-path="${p.pathId!l.slugOf(p)}" data-href="${l.href(p)}">
<#list l.stepsOf(p) as step><li>${step.title}</li></#list>
</ol>
</#list>
</template>
</#macro>
