<#ftl output_format="HTML">
<div class="prose">
  ${content.body?no_esc}
</div>
<@l.taxonomyNav lang=lang/>
