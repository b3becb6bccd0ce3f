package com.skovik.scim;
public final class Main { public static void main(String[] a) {} }
