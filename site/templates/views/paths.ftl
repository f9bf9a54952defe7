<#ftl output_format="HTML">
<div class="prose">${content.body?no_esc}</div>
<@l.pathList lang=lang items=l.docs("paths", lang) level=2/>
