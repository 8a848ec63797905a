#include "Agreement.h"
