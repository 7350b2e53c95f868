#!/usr/bin/env node
import '../dist/dlens.js';
