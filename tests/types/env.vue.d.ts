/// <reference types="lede-elements/vue" />
