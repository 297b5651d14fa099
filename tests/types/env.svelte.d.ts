/// <reference types="lede-elements/svelte" />
