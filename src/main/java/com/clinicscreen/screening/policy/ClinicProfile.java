package com.clinicscreen.screening.policy;

/** The clinic-settings file in effect: who it is for, where it came from and the hash of its bytes. */
public record ClinicProfile(String id, String name, String location, String sha256) {}
