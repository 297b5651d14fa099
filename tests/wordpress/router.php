<?php
/**
 * Router for PHP's built-in server: WordPress from Debian's /usr/share/wordpress,
 * wp-content (plugins, uploads, the theme) from the test's own directory.
 */
$path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$content = getenv( 'LEDE_WP_CONTENT' );
$types   = array( 'js' => 'text/javascript', 'css' => 'text/css', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'json' => 'application/json', 'map' => 'application/json', 'woff2' => 'font/woff2' );

if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}
if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	if ( ! is_file( $file ) || str_ends_with( $file, '.php' ) ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
$root = '/usr/share/wordpress';
$file = $root . $path;
if ( is_dir( $file ) ) {
	$file = rtrim( $file, '/' ) . '/index.php';
}
if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
	return false;
}
if ( ! is_file( $file ) ) {
	$file = $root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME']     = substr( $file, strlen( $root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $file ) );
require $file;
