<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="memorial" tilewidth="40" tileheight="40" tilecount="633" columns="32">
 <image source="memorial.png" width="1280" height="800"/>
</tileset>
