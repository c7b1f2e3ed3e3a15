/**
 * French strings for MapLibre's built-in controls (its default table is English).
 * `Map.Title` names the map's canvas, a focusable region: it says how to use it.
 */
export const mapLocaleFr: Record<string, string> = {
	'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
	'AttributionControl.MapFeedback': 'Signaler une erreur sur la carte',
	'FullscreenControl.Enter': 'Plein écran',
	'FullscreenControl.Exit': 'Quitter le plein écran',
	'GeolocateControl.FindMyLocation': 'Me localiser',
	'GeolocateControl.LocationNotAvailable': 'Position indisponible',
	'LogoControl.Title': 'Logo MapLibre',
	'Map.Title': 'Carte interactive : flèches pour la déplacer, touches + et − pour zoomer',
	'Marker.Title': 'Repère sur la carte',
	'NavigationControl.ResetBearing': 'Faire pivoter la carte ; cliquer pour revenir au nord',
	'NavigationControl.ZoomIn': 'Zoomer',
	'NavigationControl.ZoomOut': 'Dézoomer',
	'Popup.Close': 'Fermer',
	'ScaleControl.Feet': 'ft',
	'ScaleControl.Meters': 'm',
	'ScaleControl.Kilometers': 'km',
	'ScaleControl.Miles': 'mi',
	'ScaleControl.NauticalMiles': 'nmi',
	'GlobeControl.Enable': 'Vue en globe',
	'GlobeControl.Disable': 'Vue à plat',
	'TerrainControl.Enable': 'Afficher le relief',
	'TerrainControl.Disable': 'Masquer le relief'
};
