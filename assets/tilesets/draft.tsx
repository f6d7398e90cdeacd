<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="draft" tilewidth="40" tileheight="40" tilecount="16" columns="32">
 <image source="draft.png" width="1280" height="40"/>
</tileset>
