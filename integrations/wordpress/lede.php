<?php
/**
 * Plugin Name:       Lede
 * Plugin URI:        https://www.npmjs.com/package/lede-elements
 * Description:       News-article web components (article header, captioned image, quote block, related content, live banner) that survive WordPress: every writing role may use them, the paragraph filter leaves them alone, and shortcodes write them for you.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * Text Domain:       lede
 */

defined( 'ABSPATH' ) || exit;

const LEDE_VERSION = '@VERSION@';

/** The flags every JSON attribute is written with: no quote, <, >, & or ' survives raw, so no filter can cut it. */
const LEDE_JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;

/** One attribute of a start tag, quoted or not (a quoted value may hold `>`). */
const LEDE_ATTRIBUTE = '\s+([^\s"\'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'=<>`]+)))?';

/** dist/allowlist.json, generated from the elements' manifest: tags, attributes and their kinds. */
function lede_allowlist(): array {
	static $allowlist = null;
	if ( null === $allowlist ) {
		$allowlist = json_decode( (string) file_get_contents( __DIR__ . '/allowlist.json' ), true ) ?: array( 'elements' => array(), 'children' => array() );
	}
	return $allowlist;
}

/** Start tags of Lede elements, attribute-aware: `$match[1]` the tag, `$match[2]` the attributes. */
function lede_start_tag_pattern(): string {
	return '/<(lede-[a-z][a-z0-9-]*)((?:' . LEDE_ATTRIBUTE . ')*)\s*\/?>/i';
}

/** Parses a start tag's attribute text into name => decoded value (true for a bare attribute). */
function lede_parse_attributes( string $text ): array {
	preg_match_all( '/' . LEDE_ATTRIBUTE . '/', $text, $matches, PREG_SET_ORDER );
	$attributes = array();
	foreach ( $matches as $match ) {
		$name = strtolower( $match[1] );
		if ( ! isset( $match[2] ) ) {
			$attributes[ $name ] = true;
			continue;
		}
		$raw                 = '' !== $match[2] ? $match[2] : ( $match[3] ?? '' );
		$raw                 = '' !== $raw ? $raw : ( $match[4] ?? '' );
		$attributes[ $name ] = html_entity_decode( $raw, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return $attributes;
}

/** Writes attributes back, every value double-quoted and escaped (so no raw `>` or `'` is left for a filter to trip on). */
function lede_attributes_html( array $attributes ): string {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? " $name" : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return $html;
}

/* --------------------------------------------------------------------------
 * Front end: the bundle as an async module and the stylesheet.
 * ------------------------------------------------------------------------ */

add_action(
	'wp_enqueue_scripts',
	static function () {
		wp_enqueue_style( 'lede', plugins_url( 'lede.css', __FILE__ ), array(), LEDE_VERSION );
		// WordPress 6.1 has no wp_enqueue_script_module(): the tag is made a module below.
		wp_enqueue_script( 'lede', plugins_url( 'lede.js', __FILE__ ), array(), LEDE_VERSION, false );
	}
);

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( 'lede' !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
		return preg_replace( '/<script\b/', '<script type="module" async', $tag, 1 );
	},
	10,
	2
);

/* --------------------------------------------------------------------------
 * kses: the allow-list for every role without unfiltered_html.
 * ------------------------------------------------------------------------ */

add_filter(
	'wp_kses_allowed_html',
	static function ( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		$allowlist = lede_allowlist();
		$global    = array( 'class' => true, 'id' => true, 'lang' => true, 'dir' => true, 'title' => true, 'slot' => true );
		foreach ( $allowlist['elements'] as $tag => $attributes ) {
			$tags[ $tag ] = $global + array_fill_keys( array_keys( $attributes ), true );
		}
		foreach ( $allowlist['children'] as $tag => $attributes ) {
			$names = array_fill_keys( array_keys( $attributes ), true );
			if ( '*' === $tag ) {
				foreach ( $tags as $name => $allowed ) {
					$tags[ $name ] = ( is_array( $allowed ) ? $allowed : array() ) + $names;
				}
			} else {
				$tags[ $tag ] = ( $tags[ $tag ] ?? array() ) + $global + $names;
			}
		}
		return $tags;
	},
	10,
	2
);

/** URL attributes stay under kses's protocol check (javascript: and friends are removed). */
add_filter(
	'wp_kses_uri_attributes',
	static function ( $attributes ) {
		$allowlist = lede_allowlist();
		foreach ( array_merge( array_values( $allowlist['elements'] ), array_values( $allowlist['children'] ) ) as $kinds ) {
			foreach ( $kinds as $name => $kind ) {
				if ( 'url' === $kind['type'] ) {
					$attributes[] = $name;
				}
			}
		}
		return array_values( array_unique( $attributes ) );
	}
);

/* --------------------------------------------------------------------------
 * Saving: every Lede start tag is rewritten with escaped, double-quoted values
 * before kses runs (kses cuts a tag at its first `>`, even inside quotes), and
 * each JSON attribute is re-encoded with HTML-safe \u escapes. JSON that
 * cannot be read is removed, and the author is told why on the next screen.
 * ------------------------------------------------------------------------ */

add_filter( 'content_save_pre', 'lede_normalize_saved_content', 9 );

function lede_normalize_saved_content( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<lede-' ) ) {
		return $content;
	}
	$problems   = array();
	$normalized = preg_replace_callback(
		lede_start_tag_pattern(),
		static function ( $match ) use ( &$problems ) {
			$tag   = strtolower( $match[1] );
			$kinds = lede_allowlist()['elements'][ $tag ] ?? array();
			$attributes = lede_parse_attributes( $match[2] );
			foreach ( $attributes as $name => $value ) {
				if ( 'json' !== ( $kinds[ $name ]['type'] ?? '' ) || true === $value ) {
					continue;
				}
				$decoded = json_decode( $value, true );
				if ( JSON_ERROR_NONE === json_last_error() ) {
					$attributes[ $name ] = wp_json_encode( $decoded, LEDE_JSON_FLAGS );
					continue;
				}
				unset( $attributes[ $name ] );
				$problems[] = sprintf(
					/* translators: 1: attribute, 2: tag, 3: JSON error */
					__( 'The %1$s attribute of <%2$s> was not valid JSON (%3$s) and was removed. Use the shortcode, or write quotation marks, <, >, & and \' in JSON strings as \u0022, \u003c, \u003e, \u0026 and \u0027.', 'lede' ),
					$name,
					$tag,
					json_last_error_msg()
				);
			}
			return '<' . $tag . lede_attributes_html( $attributes ) . '>';
		},
		wp_unslash( $content )
	);
	if ( $problems && get_current_user_id() ) {
		$pending = get_user_meta( get_current_user_id(), 'lede_json_problems', true ) ?: array();
		// Meta values are unslashed on the way in: slash them, or the \u0022 in the advice loses its backslash.
		update_user_meta( get_current_user_id(), 'lede_json_problems', wp_slash( array_slice( array_merge( (array) $pending, $problems ), -10 ) ) );
	}
	return null === $normalized ? $content : wp_slash( $normalized );
}

add_action(
	'admin_notices',
	static function () {
		$problems = get_user_meta( get_current_user_id(), 'lede_json_problems', true );
		if ( ! $problems ) {
			return;
		}
		delete_user_meta( get_current_user_id(), 'lede_json_problems' );
		echo '<div class="notice notice-warning is-dismissible lede-json-notice"><p><strong>Lede:</strong></p><ul>';
		foreach ( (array) $problems as $problem ) {
			echo '<li>' . esc_html( $problem ) . '</li>';
		}
		echo '</ul></div>';
	}
);

/* --------------------------------------------------------------------------
 * Output: wptexturize and wpautop never see the inside of a Lede element.
 * Each element is set aside (after blocks render, before the texturize and
 * paragraph filters) as a block-level placeholder, and put back after them,
 * texturized only between its tags.
 * ------------------------------------------------------------------------ */

/** A whole Lede element, start tag to end tag (the five are never nested in one another). */
function lede_element_pattern(): string {
	return '/<(lede-[a-z][a-z0-9-]*)(?:' . LEDE_ATTRIBUTE . ')*\s*>.*?<\/\1\s*>/is';
}

add_filter( 'the_content', 'lede_set_aside', 9 );
add_filter( 'the_content', 'lede_put_back', 10 );

/**
 * Elements set aside by lede_set_aside(), by placeholder number. the_content
 * can run inside itself (a block that renders another post): each call puts
 * back only its own placeholders, so the numbers never repeat.
 */
function &lede_set_aside_store(): array {
	static $store = array();
	return $store;
}

function lede_placeholder_number(): int {
	static $number = 0;
	return ++$number;
}

function lede_set_aside( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<lede-' ) ) {
		return $content;
	}
	$set_aside = preg_replace_callback(
		lede_element_pattern(),
		static function ( $match ) {
			$store         = &lede_set_aside_store();
			$key           = lede_placeholder_number();
			$store[ $key ] = $match[0];
			return "\n<div data-lede-placeholder=\"$key\"></div>\n";
		},
		$content
	);
	return null === $set_aside ? $content : $set_aside;
}

function lede_put_back( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'data-lede-placeholder' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'/(?:<p>\s*)?<div data-lede-placeholder="(\d+)"><\/div>(?:\s*<\/p>)?/',
		static function ( $match ) {
			$store = &lede_set_aside_store();
			$html  = $store[ (int) $match[1] ] ?? '';
			unset( $store[ (int) $match[1] ] );
			return lede_finish_element( $html );
		},
		$content
	);
}

/** Texturizes the words between the tags (never an attribute), and lets WordPress add its image attributes. */
function lede_finish_element( string $html ): string {
	preg_match_all( lede_start_tag_pattern(), $html, $tags, PREG_OFFSET_CAPTURE );
	$out = '';
	$at  = 0;
	foreach ( $tags[0] as list( $tag, $offset ) ) {
		$out .= wptexturize( substr( $html, $at, $offset - $at ) ) . $tag;
		$at   = $offset + strlen( $tag );
	}
	$out .= wptexturize( substr( $html, $at ) );
	// The lead image (`priority`) is in the page before Lede upgrades it: give its <img> the high fetch priority now, which also keeps it eager below.
	if ( 0 === stripos( $html, '<lede-captioned-image' ) && array_key_exists( 'priority', lede_parse_attributes( $tags[2][0][0] ?? '' ) ) ) {
		$out = preg_replace( '/<img\b(?![^>]*\sfetchpriority\s*=)/i', '<img fetchpriority="high"', $out, 1 );
	}
	return function_exists( 'wp_filter_content_tags' ) ? wp_filter_content_tags( $out ) : $out;
}

/** A lead image (`fetchpriority="high"`) is never lazy: WordPress before 6.3 would make it so. */
add_filter(
	'wp_img_tag_add_loading_attr',
	static function ( $value, $image ) {
		return preg_match( '/\sfetchpriority\s*=\s*["\']?high\b/i', (string) $image ) ? false : $value;
	},
	10,
	2
);

/* --------------------------------------------------------------------------
 * Shortcodes: the five elements without hand-written HTML or JSON.
 * [lede_article_header kicker="News" kicker_href="/news/" published="2024-03-19T17:17:00Z"
 *   time_zone="America/New_York" authors="Jane Doe | /authors/jane; Kim Min-jun"
 *   standfirst="…"]Headline[/lede_article_header]
 * ------------------------------------------------------------------------ */

/** Shortcode attributes to element attributes: only those the element has; `kicker_href` is `kicker-href`. */
function lede_shortcode_attributes( string $tag, $atts, array $skip = array() ): array {
	$kinds      = lede_allowlist()['elements'][ $tag ] ?? array();
	$attributes = array();
	foreach ( (array) $atts as $key => $value ) {
		// A bare word ([lede_captioned_image priority]) arrives as a numbered value.
		$name  = is_int( $key ) ? strtolower( (string) $value ) : str_replace( '_', '-', strtolower( $key ) );
		$value = is_int( $key ) ? true : $value;
		$kind  = $kinds[ $name ]['type'] ?? null;
		if ( null === $kind || in_array( $name, $skip, true ) || 'json' === $kind ) {
			continue;
		}
		if ( 'boolean' === $kind ) {
			if ( true === $value || ! in_array( strtolower( (string) $value ), array( 'false', '0', 'no', 'off' ), true ) ) {
				$attributes[ $name ] = true;
			}
		} elseif ( 'url' === $kind ) {
			$attributes[ $name ] = 'srcset' === $name ? (string) $value : esc_url_raw( (string) $value );
		} else {
			$attributes[ $name ] = (string) $value;
		}
	}
	return array_filter( $attributes, static fn( $value ) => '' !== $value );
}

/** The words of shortcode content, whatever wpautop made of them. */
function lede_shortcode_text( $content ): string {
	return trim( wp_strip_all_tags( (string) $content ) );
}

/** Paragraphs of shortcode content: blank lines or wpautop's </p><p> separate them. */
function lede_shortcode_paragraphs( $content ): string {
	$paragraphs = preg_split( '/<\/p>\s*<p[^>]*>|\n\s*\n|<br\s*\/?>\s*<br\s*\/?>/i', (string) $content );
	$html       = '';
	foreach ( $paragraphs as $paragraph ) {
		$text = lede_shortcode_text( $paragraph );
		if ( '' !== $text ) {
			$html .= '<p>' . esc_html( $text ) . '</p>';
		}
	}
	return $html;
}

/** "Jane Doe | /authors/jane; Kim Min-jun" → [{name, url?}], as JSON written on the server. */
function lede_authors_json( string $authors ): string {
	$list = array();
	foreach ( array_filter( array_map( 'trim', explode( ';', $authors ) ) ) as $author ) {
		$parts = array_map( 'trim', explode( '|', $author, 2 ) );
		$entry = array( 'name' => $parts[0] );
		if ( ! empty( $parts[1] ) ) {
			$entry['url'] = esc_url_raw( $parts[1] );
		}
		$list[] = $entry;
	}
	return wp_json_encode( $list, LEDE_JSON_FLAGS );
}

add_action(
	'init',
	static function () {
		add_shortcode(
			'lede_article_header',
			static function ( $atts, $content = '' ) {
				$atts       = (array) $atts;
				$attributes = lede_shortcode_attributes( 'lede-article-header', $atts, array( 'headline', 'standfirst' ) );
				if ( ! empty( $atts['authors'] ) ) {
					$attributes['authors'] = lede_authors_json( (string) $atts['authors'] );
				}
				$headline   = lede_shortcode_text( $content ) ?: (string) ( $atts['headline'] ?? '' );
				$standfirst = (string) ( $atts['standfirst'] ?? '' );
				return '<lede-article-header' . lede_attributes_html( $attributes ) . '>'
					. ( '' !== $headline ? '<h1>' . esc_html( $headline ) . '</h1>' : '' )
					. ( '' !== $standfirst ? '<p slot="standfirst">' . esc_html( $standfirst ) . '</p>' : '' )
					. '</lede-article-header>';
			}
		);

		add_shortcode(
			'lede_captioned_image',
			static function ( $atts, $content = '' ) {
				$image_attributes = array( 'src', 'srcset', 'sizes', 'alt', 'width', 'height' );
				$attributes       = lede_shortcode_attributes( 'lede-captioned-image', $atts, $image_attributes );
				$image            = array_intersect_key( lede_shortcode_attributes( 'lede-captioned-image', $atts ), array_flip( $image_attributes ) );
				if ( ! empty( $attributes['priority'] ) ) {
					$image += array( 'fetchpriority' => 'high', 'loading' => 'eager' );
				}
				return '<lede-captioned-image' . lede_attributes_html( $attributes ) . '>'
					. ( isset( $image['src'] ) ? '<img' . lede_attributes_html( $image + array( 'alt' => '' ) ) . '>' : '' )
					. esc_html( lede_shortcode_text( $content ) )
					. '</lede-captioned-image>';
			}
		);

		add_shortcode(
			'lede_quote_block',
			static function ( $atts, $content = '' ) {
				return '<lede-quote-block' . lede_attributes_html( lede_shortcode_attributes( 'lede-quote-block', $atts, array( 'quote' ) ) ) . '>'
					. lede_shortcode_paragraphs( $content )
					. '</lede-quote-block>';
			}
		);

		add_shortcode(
			'lede_live_banner',
			static function ( $atts, $content = '' ) {
				return '<lede-live-banner' . lede_attributes_html( lede_shortcode_attributes( 'lede-live-banner', $atts, array( 'message' ) ) ) . '>'
					. esc_html( lede_shortcode_text( $content ) )
					. '</lede-live-banner>';
			}
		);

		// [lede_related_content heading="More on this story"][lede_related_item url="/news/…" title="…"][/lede_related_content]
		add_shortcode(
			'lede_related_content',
			static function ( $atts, $content = '' ) {
				$GLOBALS['lede_related_items'] = array();
				do_shortcode( (string) $content );
				$links = '';
				foreach ( $GLOBALS['lede_related_items'] as $item ) {
					$links .= '<li><a href="' . esc_url( $item['url'] ) . '">' . esc_html( $item['title'] ) . '</a></li>';
				}
				// The list is ordinary HTML: readers without JavaScript get the links too.
				return '<lede-related-content' . lede_attributes_html( lede_shortcode_attributes( 'lede-related-content', $atts ) ) . '>'
					. ( '' !== $links ? '<ul>' . $links . '</ul>' : '' )
					. '</lede-related-content>';
			}
		);
		add_shortcode(
			'lede_related_item',
			static function ( $atts ) {
				$atts = (array) $atts;
				$url  = esc_url_raw( (string) ( $atts['url'] ?? '' ) );
				if ( '' !== $url && '' !== trim( (string) ( $atts['title'] ?? '' ) ) ) {
					$GLOBALS['lede_related_items'][] = array( 'url' => $url, 'title' => trim( (string) $atts['title'] ) );
				}
				return '';
			}
		);
	}
);
