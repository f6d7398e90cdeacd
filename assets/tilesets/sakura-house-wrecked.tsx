<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="sakura-house-wrecked" tilewidth="40" tileheight="40" tilecount="507" columns="32">
 <image source="sakura-house-wrecked.png" width="1280" height="640"/>
</tileset>
