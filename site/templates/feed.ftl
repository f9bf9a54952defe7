<#ftl output_format="XML">
<#-- type=feed (content/<lang>/feed.md → /<lang>/feed.xml): the Atom feed of one language's guides and paths. -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<#assign entries = (l.docs("guides", lang) + l.docs("paths", lang))?filter(d -> d.date??)?sort_by("date")?reverse>
<#assign self = l.host + "/" + lang + "/feed.xml">
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${content.title!"LCM Hub"}</title>
  <subtitle>${l.t(lang, "siteTagline")}</subtitle>
  <id>${self}</id>
  <link rel="self" type="application/atom+xml" href="${self}"/>
  <link rel="alternate" type="text/html" href="${l.host}/${lang}/index.html"/>
  <updated><#if entries?has_content>${entries[0].date?string("yyyy-MM-dd'T'00:00:00'Z'")}<#else>2025-01-01T00:00:00Z</#if></updated>
  <#list entries as e>
  <entry>
    <title>${e.title}</title>
    <id>${l.host}${l.href(e)}</id>
    <link rel="alternate" type="text/html" href="${l.host}${l.href(e)}"/>
    <updated>${e.date?string("yyyy-MM-dd'T'00:00:00'Z'")}</updated>
    <author><name>${e.author!"LCM Hub"}</name></author>
    <#if e.summary?has_content><summary>${e.summary}</summary></#if>
    <#list l.csv(e.tags!"") as tag><category term="${tag}" label="${l.label("tag", tag, lang)}"/></#list>
  </entry>
  </#list>
</feed>
