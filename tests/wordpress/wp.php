<?php
/**
 * WordPress's own PHP API, driven from the test (Debian has no wp-cli):
 *   php wp.php install <plugin.zip>   fresh site, plugin installed through Plugin_Upgrader
 *                                     (the "Upload plugin" code path) and activated, four
 *                                     users with application passwords; prints JSON
 *   php wp.php publish <id>...        publishes posts saved as pending (kses already ran); their links
 *   php wp.php notices <user id>      what the user's next admin screen shows
 */
$_SERVER['HTTP_HOST']   = getenv( 'LEDE_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
$command                = $argv[1] ?? '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

function out( $value ) {
	echo wp_json_encode( $value ), "\n";
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Lede newsroom', 'admin', 'admin@example.com', false, '', wp_generate_password( 24 ) );
		$admin  = (int) $result['user_id'];
		wp_set_current_user( $admin );
		update_option( 'timezone_string', 'America/New_York' );

		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$installed = $upgrader->install( $argv[2] );
		if ( true !== $installed ) {
			fwrite( STDERR, 'Plugin_Upgrader::install failed: ' . print_r( $installed, true ) . print_r( $upgrader->skin->get_upgrade_messages(), true ) );
			exit( 1 );
		}
		$activated = activate_plugin( $upgrader->plugin_info() );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, 'activate_plugin failed: ' . $activated->get_error_message() );
			exit( 1 );
		}
		$users = array( 'administrator' => $admin );
		foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
			$users[ $role ] = wp_insert_user( array( 'user_login' => $role, 'user_pass' => wp_generate_password( 24 ), 'user_email' => "$role@example.com", 'role' => $role ) );
		}
		$credentials = array();
		foreach ( $users as $role => $id ) {
			list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'lede-test' ) );
			$credentials[ $role ] = array( 'id' => $id, 'login' => get_userdata( $id )->user_login, 'password' => $password, 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) );
		}
		out( array( 'plugin' => $upgrader->plugin_info(), 'active' => is_plugin_active( $upgrader->plugin_info() ), 'theme' => get_stylesheet(), 'version' => get_bloginfo( 'version' ), 'php' => PHP_VERSION, 'users' => $credentials ) );
		break;

	case 'publish':
		// As an editor would from the review queue: the stored (already filtered) content is kept, the post gets its slug.
		wp_set_current_user( 1 );
		$links = array();
		foreach ( array_slice( $argv, 2 ) as $id ) {
			wp_update_post( array( 'ID' => (int) $id, 'post_status' => 'publish' ) );
			$links[ $id ] = 'publish' === get_post_status( (int) $id ) ? get_permalink( (int) $id ) : null;
		}
		out( $links );
		break;

	case 'notices':
		wp_set_current_user( (int) $argv[2] );
		ob_start();
		do_action( 'admin_notices' );
		out( ob_get_clean() );
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
