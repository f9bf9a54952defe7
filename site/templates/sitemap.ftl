<#ftl output_format="XML">
<#-- /sitemap.xml: every published page, with its translation as an hreflang alternate. -->
<#import "layout.ftl" as l>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc>${l.host}/</loc></url>
  <#list ["homes", "paths", "guides", "pages"] as kind>
  <#list l.languages as lang>
  <#list l.docs(kind, lang) as d>
  <#assign translation = l.translationOf(d, kind)>
  <url>
    <loc>${l.host}${l.href(d)}</loc>
    <#if d.date??><lastmod>${d.date?string("yyyy-MM-dd")}</lastmod></#if>
    <#if translation?has_content>
    <xhtml:link rel="alternate" hreflang="${lang}" href="${l.host}${l.href(d)}"/>
    <xhtml:link rel="alternate" hreflang="${l.langOf(translation)}" href="${l.host}${l.href(translation)}"/>
    </#if>
  </url>
  </#list>
  </#list>
  </#list>
</urlset>
