package com.clinicscreen.screening.policy;

/** How well a treatment addresses a goal: "++" (main indication) or "+" in reference §4.1. */
public enum GoalStrength { PRIMARY, SUPPORTIVE }
