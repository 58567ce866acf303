# Holdout 15, Spanish part (Spain, Latin America, some Catalan and Galician). Written blind.
from common import *

# ---------------------------------------------------------------- requests
add("es-01", "jlmoreno77@correo.example", "baja",
    """borrad mi cuenta de las taquillas y todo lo que tengais mio, ya no uso el servicio

Enviado desde mi iPhone
""", R(["Erasure"], "jlmoreno77@correo.example"))

add("es-02", "María del Carmen Ortega Villanueva <mcortega.villanueva@buzon.example>",
    "Ejercicio del derecho de acceso – art. 15 RGPD",
    """A la atención del Delegado de Protección de Datos:

Dña. María del Carmen Ortega Villanueva, mayor de edad, con DNI 50.XXX.XXX-K y domicilio a
efectos de notificaciones en C/ Sagasta 14, 3º izda., 28004 Madrid, por medio del presente
escrito ejerce el derecho de acceso reconocido en el artículo 15 del Reglamento (UE) 2016/679
y en el artículo 13 de la Ley Orgánica 3/2018, y en consecuencia

SOLICITA

Que se le facilite, en el plazo de un mes, confirmación de si se están tratando datos
personales que le conciernen y, en tal caso, una copia de los mismos, incluidos los datos de
las pruebas de nivel realizadas en su academia de la calle Princesa y las grabaciones de las
clases en línea en las que haya participado.

En Madrid, a 14 de noviembre de 2026.

Fdo.: María del Carmen Ortega Villanueva
""", R(["Access"], "mcortega.villanueva@buzon.example", "María del Carmen", "Ortega Villanueva"))

add("es-03", "Guadalupe Ramírez Treviño <lupita.rtrevino@mimail.example>",
    "Información de mis datos",
    """Buenas tardes, qué tal.

Les escribo desde Monterrey. Hace dos años tomé con ustedes un curso de inglés en línea y ahora
me están llegando correos de una campaña de crowdfunding que yo nunca apoyé. Quisiera, por
favor, que me indiquen qué información mía tienen guardada y de dónde la sacaron. Una vez que me
respondan, les pido que la eliminen por completo, no quiero seguir en sus sistemas.

Quedo al pendiente, muchas gracias.

Guadalupe Ramírez Treviño
Tel. +52 81 5550 1234
""", R(["Access", "Erasure"], "lupita.rtrevino@mimail.example", "Guadalupe", "Ramírez Treviño"))

add("es-04", "Santiago Iglesias <santi.iglesias@arnet.example>",
    "basta de mails!!",
    """Hola, ¿cómo andan? Les pido por favor que dejen de mandarme mails con campañas para apoyar.
Aporté UNA vez a un proyecto de un amigo y desde entonces me llenan la casilla todas las
semanas. No quiero recibir más nada de eso, ni newsletters ni "campañas que te pueden gustar".

Gracias, che.
Santi
""", R(["Opposition"], "santi.iglesias@arnet.example", "Santiago", "Iglesias"))

add("es-05", "Nerea Etxeberria González <nerea.etxeberria@euskalmail.example>",
    "Error en el certificado B2",
    """Kaixo / Hola:

Acabo de descargar el certificado del nivel B2 de francés y mi segundo apellido aparece como
"Gonzales", con ese. Es González, con zeta. Lo necesito para presentarlo en una oposición, así
que os pido que lo corrijáis en vuestra base de datos y que me volváis a emitir el certificado
con el nombre correcto: Nerea Etxeberria González.

Eskerrik asko,
Nerea
""", R(["Rectification"], "nerea.etxeberria@euskalmail.example", "Nerea", "Etxeberria González"))

add("es-06", "Pablo Serrano Quintana <pserranoq@fibra.example>",
    "Exportar mi historial de aportaciones",
    """Hola,

Estoy cerrando mi actividad como mecenas en vuestra plataforma y me voy a otra. ¿Me podéis
pasar el historial completo de mis aportaciones, recompensas y direcciones de envío en un
archivo CSV o JSON, algo que pueda importar sin tener que copiarlo a mano? Si lo podéis
enviar directamente a la otra plataforma, mejor aún.

Un saludo,
Pablo Serrano Quintana
""", R(["Portability"], "pserranoq@fibra.example", "Pablo", "Serrano Quintana"))

add("es-07", "Andrés Felipe Cárdenas Rojas <afcardenas@proyectos-andinos.example>",
    "Verificación de identidad en disputa",
    """Buen día,

Soy el creador de la campaña "Café de origen Huila" y llevo tres semanas con el pago retenido
porque, según ustedes, la foto de mi cédula no coincide con mis datos. Ya envié el reclamo por
el formulario. Mientras se aclara esto, les solicito que no utilicen mi cédula, mi selfie ni mis
datos bancarios para ninguna otra cosa que no sea resolver la verificación: que queden
bloqueados, sin compartirlos con terceros ni usarlos para otros fines, hasta que haya una
respuesta.

Cordialmente,
Andrés Felipe Cárdenas Rojas
Bogotá, Colombia
""", R(["Restriction"], "afcardenas@proyectos-andinos.example", "Andrés Felipe", "Cárdenas Rojas"))

add("es-08", "Valentina Ruiz Paredes <valeruizp@correo.example>",
    "Rechazo automático de mi verificación KYC",
    """Hola,

Me llegó un mail diciendo que "nuestro sistema no ha podido verificar su identidad" y que mi
cuenta de creadora queda suspendida. Nadie ha mirado mis documentos, eso está clarísimo,
porque el pasaporte es válido hasta 2031. No acepto que una máquina decida esto: quiero que
una persona de verdad revise mi caso y poder explicar mi situación.

Gracias,
Valentina Ruiz Paredes
""", R(["AutomatedDecision"], "valeruizp@correo.example", "Valentina", "Ruiz Paredes"))

add("es-09", "Rocío Benítez Lara <rocio.benitez@hogar.example>",
    "Estancia en familia de acogida de mi hija – datos",
    """Buenas,

Mi hija Lucía Moreno Benítez (15 años) está inscrita en la estancia de julio en Galway con
familia de acogida. En el formulario nos pidieron su historial médico, alergias, pasaporte y
fotos. Antes de enviarlo todo me gustaría saber:

- ¿a quién se pasan esos datos? ¿a la familia, a la agencia irlandesa, al colegio de allí?
- ¿cuánto tiempo los guardáis después de la estancia?
- ¿salen de la Unión Europea en algún momento?

No pido nada más, solo entender qué se hace con la información de mi hija.

Un saludo,
Rocío Benítez Lara (madre)
""", R(["Information"], "rocio.benitez@hogar.example", "Lucía", "Moreno Benítez",
       representative="Rocío Benítez Lara"))

add("es-10", "Montserrat Vilaró Puig <mvilaro@xarxa.example>",
    "Baixa i supressió de dades",
    """Bon dia,

Fa temps que no faig servir les vostres taquilles i em continuen arribant correus de
promocions. Us demano que esborreu totes les meves dades del vostre sistema i que, mentre
tant, deixeu d'enviar-me publicitat de cap tipus.

Moltes gràcies,
Montserrat Vilaró Puig
Girona
""", R(["Erasure", "Opposition"], "mvilaro@xarxa.example", "Montserrat", "Vilaró Puig"))

add("es-11", "Xoán Outeiro Castro <xoan.outeiro@galiza.example>",
    "Solicitude de acceso aos meus datos",
    """Bos días:

Son alumno da vosa academia de Vigo desde 2024. Solicito que me remitades toda a información
persoal que conservades sobre min: datos de matrícula, cualificacións, probas de nivel e
gravacións das clases en liña.

Moitas grazas,
Xoán Outeiro Castro
""", R(["Access"], "xoan.outeiro@galiza.example", "Xoán", "Outeiro Castro"))

add("es-12", "Diego Alarcón Vega <dalarconv@andes.example>", "Grabaciones de clases",
    html("Estimados señores:",
         "Durante el semestre pasado tomé el curso intensivo de alemán en línea desde Quito. "
         "Las clases se grababan y he visto que algunas ya no aparecen en la plataforma.",
         "Les pido que me faciliten <b>todas las grabaciones en las que aparezco</b>, así como "
         "los registros del chat y las notas que el profesor haya dejado sobre mí.",
         "Atentamente,<br>Diego Alarcón Vega<br><i>Ingeniero civil</i>"),
    R(["Access"], "dalarconv@andes.example", "Diego", "Alarcón Vega"), ct=HTML)

add("es-13", "Concepción Márquez Gil <conchimarquez@telefonia.example>",
    "Llamadas comerciales",
    """Buenos días.

Todas las semanas me llaman de su academia ofreciéndome cursos intensivos de inglés para el
verano. Ya les he dicho por teléfono que no me interesa, pero siguen llamando. Les ruego que
borren mi número de sus listas de llamadas comerciales y que no vuelvan a contactarme para
ofrecerme nada.

Concepción Márquez Gil
""", R(["Opposition"], "conchimarquez@telefonia.example", "Concepción", "Márquez Gil"),
    ct=LATIN1, encode="latin-1")

add("es-14", "Ignacio Prieto Salazar <nacho.prieto@fibra.example>",
    "Paquete desaparecido y fotos de mi portal",
    """Vamos a ver, porque estoy ya harto.

El martes me llega un SMS diciendo que mi paquete está en la taquilla del Mercadona de la
avenida. Voy, meto el código, y la taquilla está VACÍA. Llamo al teléfono de atención al
cliente, 40 minutos de espera, y me dicen que el repartidor "no pudo acceder a la taquilla" y lo
dejó en mi domicilio, y que tienen una foto de entrega. Pido la foto: es el portal de mi
edificio, con la puerta abierta, y el paquete en el suelo. Obviamente el paquete no estaba
cuando bajé. Un portátil de 900 euros.

Aparte de la reclamación por el paquete, que ya está abierta con el número 88231-B, me he
enterado de que sus repartidores hacen fotos de los portales y de las puertas de las casas. Así
que quiero que me manden todas las fotos de entrega y cualquier otra imagen que tengan de mi
domicilio o en la que salga yo, con las fechas. Tengo derecho a verlas.

Y que alguien me devuelva el dinero, por favor.

Ignacio Prieto Salazar
C/ Río Tajo 22, Toledo
""", R(["Access"], "nacho.prieto@fibra.example", "Ignacio", "Prieto Salazar"),
    ct=CP1252, encode="cp1252")

add("es-15", "Beatriz Fuentes Olmedo <bea.fuentes@correo.example>",
    "Corregir mis datos (no quiero darme de baja)",
    """Hola,

Ojo, que no quiero cerrar mi cuenta ni que borréis nada. Lo único es que en mi perfil de la
escuela la fecha de nacimiento está mal (pone 03/07/1999 y es 07/03/1999, creo que se invirtió
el día y el mes) y la dirección es la antigua: ahora vivo en Avda. de Burgos 31, 2ºB, 09006
Burgos. ¿Podéis actualizarlo?

Gracias!
Bea
""", R(["Rectification"], "bea.fuentes@correo.example", "Beatriz", "Fuentes Olmedo"))

add("es-16", "elgranjefe1962@correo.example", "BORREN MIS DATOS YA",
    """HE RECIBIDO OTRA VEZ UN MENSAJE DE SU EMPRESA DE TAQUILLAS Y YO NO HE PEDIDO NADA. EXIJO
QUE ELIMINEN INMEDIATAMENTE TODOS MIS DATOS DE SUS FICHEROS. NO QUIERO SABER NADA DE USTEDES.
SI NO LO HACEN ME QUEJARE A LA AGENCIA DE PROTECCION DE DATOS.
""", R(["Erasure"], "elgranjefe1962@correo.example"))

add("es-17", "Álvaro Medina Prieto <alvaro.medina.prieto@correo.example>",
    "Fallecimiento de mi padre – cuenta de mecenas",
    """Buenas tardes:

Les escribo porque mi padre, Francisco Javier Medina Soto, falleció el pasado 2 de octubre.
Tenía una cuenta en su plataforma con la que apoyaba proyectos de su pueblo, y siguen llegando
correos a su nombre. Como hijo y heredero, les pido que cierren su cuenta y que eliminen sus
datos personales, incluida la tarjeta que tenía guardada. Puedo enviarles el certificado de
defunción y el de últimas voluntades si lo necesitan.

Atentamente,
Álvaro Medina Prieto
Tel. 612 48 90 33
""", R(["Erasure"], "alvaro.medina.prieto@correo.example", "Francisco Javier", "Medina Soto",
       representative="Álvaro Medina Prieto"))

add("es-18", "Lcda. Marta Sáez de la Fuente <msaez@saezabogados.example>",
    "Requerimiento en nombre de Dña. Inmaculada Herrero Campos",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de mi clienta, Dña. Inmaculada Herrero Campos,
con DNI 12.XXX.XXX-T, según poder que se adjunta, en relación con el servicio de taquillas de
recogida que su empresa opera en la provincia de Valencia.

Al amparo del artículo 15 del RGPD, les requiero para que, en el plazo legalmente previsto,
faciliten a esta parte copia íntegra de los datos personales de mi representada que obren en su
poder, incluidos los registros de apertura de taquillas, las fotografías de entrega y las
grabaciones de las cámaras asociadas a las taquillas entre el 1 y el 15 de septiembre de 2026,
indicando asimismo los destinatarios a los que se hayan comunicado.

Sin otro particular, atentamente,

Marta Sáez de la Fuente
Abogada – Colegiada nº 14.882 ICAV
Sáez & Asociados Abogados
Gran Vía Marqués del Turia 40, 46005 Valencia

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
""", R(["Access"], "msaez@saezabogados.example", "Inmaculada", "Herrero Campos",
       representative="Marta Sáez de la Fuente"))

add("es-19", "Familia Navarro <familianavarro@hogar.example>", "SMS publicitarios",
    """Hola, soy Pilar. Este correo es el de toda la familia pero contestadme a mi dirección.

Cada vez que recojo un paquete en vuestras taquillas me llega luego un SMS con "ofertas de
nuestros partners". No quiero ni SMS ni correos promocionales, solo los avisos con el código
de recogida. Quitadme de esas listas, por favor.

Pilar Navarro Esteve
""", R(["Opposition"], "pilar.navarro.esteve@correo.example", "Pilar", "Navarro Esteve"),
    headers=["Reply-To: Pilar Navarro <pilar.navarro.esteve@correo.example>"])

add("es-20", "kevin_malaga_93@correo.example", "datos",
    """ola buenas kiero saber k datos teneis mios de la taquilla del codigo i de las fotos k sacais
gracias""", R(["Access"], "kevin_malaga_93@correo.example"))

add("es-21", "Irene Castillo Montes <irene.castillo.m@correo.example>",
    "Me cambio de academia",
    """Buenos días,

Después de tres años en vuestra escuela de idiomas me cambio a otra academia más cerca de casa.
La nueva escuela me pide mi historial: niveles, resultados de las pruebas de nivel, horas
cursadas y certificados. ¿Me lo podéis exportar en un formato que ellos puedan cargar (Excel o
similar)? Cuando me lo hayáis enviado, podéis dar de baja mi cuenta y borrar mis datos, no voy
a volver a usarla.

Muchas gracias por todo,
Irene Castillo Montes
""", R(["Portability", "Erasure"], "irene.castillo.m@correo.example", "Irene", "Castillo Montes"),
    ct=LATIN1, encode="latin-1-qp")

add("es-22", "Renzo Quispe Huamán <renzo.quispe@limamail.example>",
    "Consulta sobre verificación de identidad",
    """Estimados:

Para retirar los fondos de mi campaña me piden subir foto del DNI peruano y un video de mi
rostro. Antes de hacerlo quisiera entender: ¿qué empresa hace esa verificación? ¿los videos se
guardan en Europa o en Estados Unidos? ¿cuánto tiempo los conservan y para qué más se usan?

Les agradecería una respuesta clara.

Renzo Quispe Huamán
Lima, Perú
""", R(["Information"], "renzo.quispe@limamail.example", "Renzo", "Quispe Huamán"))

add("es-23", "Lorena Gallego Soler <lorena.gallego@correo.example>",
    "No quiero recomendaciones personalizadas",
    """Hola:

He visto que en mi página de inicio salen "campañas recomendadas para ti" en función de lo que
he apoyado antes. No me gusta nada que analicéis mis aportaciones para hacerme un perfil. Me
opongo a que uséis mi historial con ese fin. Mi cuenta la quiero seguir usando con normalidad.

Saludos,
Lorena Gallego Soler
""", R(["Opposition"], "lorena.gallego@correo.example", "Lorena", "Gallego Soler"))

add("es-24", "Camila Sepúlveda Araya <camila.sepulveda@correo.example>",
    "Retiro de mi imagen del video promocional",
    """Hola,

Soy alumna del curso de español para extranjeros (soy chilena, vivo en Sevilla) y me
encontré en un anuncio de ustedes en Instagram: es un fragmento de una clase grabada en la que
salgo hablando. Cuando firmé la matrícula acepté lo de las grabaciones, pero ya no quiero que
usen mi imagen: retiro ese consentimiento, y les pido que quiten los videos donde aparezco de
su web, de Instagram y de YouTube y que los eliminen.

Gracias,
Camila Sepúlveda Araya
""", R(["Opposition", "Erasure"], "camila.sepulveda@correo.example", "Camila", "Sepúlveda Araya"))

add("es-25", "Matías Fuenzalida <mfuenzalida@correo.example>", "código no funciona",
    """Hola, el código que me llegó para retirar el paquete en la taquilla de Plaza Egaña no
funciona, me dice "código inválido". El número de seguimiento es PL-7734-2210-CL. ¿Qué hago?
Me lo tengo que llevar hoy.

Matías""", R(["Unknown"], "mfuenzalida@correo.example", "Matías", "Fuenzalida"))

add("es-26", "Esther Domínguez Pardo <esther.dominguez@servsociales.example>",
    "Solicitud de supresión de datos de menor tutelado",
    """Buenos días:

Soy Esther Domínguez Pardo, tutora legal (por resolución judicial, que adjunto) del menor
Adrián Vázquez Rey, de 13 años. El colegio inscribió al menor en una prueba de nivel de inglés
en línea con su escuela sin contar con mi autorización. Como su representante legal solicito
que supriman todos los datos del menor: la cuenta, el resultado de la prueba y la grabación de
audio de la parte oral.

Un saludo,
Esther Domínguez Pardo
Trabajadora social – Tutora legal
""", R(["Erasure"], "esther.dominguez@servsociales.example", "Adrián", "Vázquez Rey",
       representative="Esther Domínguez Pardo"))

add("es-27", "Hugo Carrasco Bravo <hugo.carrasco@correo.example>", "Dirección equivocada",
    """Buenas:

En vuestra app de taquillas tengo guardada una dirección de casa que no es la mía (Calle
Olmo 5, es de un antiguo compañero de piso, yo ahora vivo en C/ Pintor Sorolla 12, 4ºA).
Os pido que la corrijáis. Y hasta que esté corregida, no la uséis para nada: ni para envíos
a domicilio ni para mandar cartas, que no quiero que le lleguen cosas mías a otra persona.

Gracias,
Hugo Carrasco Bravo
""", R(["Rectification", "Restriction"], "hugo.carrasco@correo.example", "Hugo", "Carrasco Bravo"))

add("es-28", "Marta Ibáñez Ruiz <marta.ibanez@acme-corp.example>", "RV: Quiero saber que datos tenéis",
    """Hola equipo de privacidad,

Os reenvío este correo que ha llegado a atención al cliente de taquillas. Creo que es vuestro.

Gracias,
Marta Ibáñez
Atención al Cliente – Taquillas

-------- Mensaje reenviado --------
De: Rubén Castaño Díaz <rubencastano@correo.example>
Fecha: 13 nov 2026 21:04
Asunto: Quiero saber que datos tenéis
Para: atencion.taquillas@acme-corp.example

Buenas noches,
Me gustaría recibir un listado de toda la información personal que guardáis sobre mí:
teléfono, direcciones, historial de recogidas, fotos, lo que sea. Mi usuario es rcastano84.

Rubén Castaño Díaz
""", R(["Access"], "rubencastano@correo.example", "Rubén", "Castaño Díaz"))

add("es-29", "Jorge Lozano Peña <jorge.lozano@acme-corp.example>", "Fwd: Cierre de cuenta y DNI",
    "", R(["Erasure"], "anabelen.cruz@correo.example", "Ana Belén", "Cruz Robles"),
    note="""Hola,

Nos ha llegado esto al buzón de soporte de crowdfunding. La usuaria quiere cerrar la cuenta y
que se borre su DNI. Os lo adjunto tal cual.

Jorge Lozano
Soporte Crowdfunding""",
    attached=("Ana Belén Cruz Robles <anabelen.cruz@correo.example>", "Cerrar cuenta",
              """Hola,

Subí mi DNI por las dos caras para verificar mi cuenta de creadora, pero al final no lancé la
campaña. Quiero cerrar la cuenta y que eliminéis el DNI y todos los datos que tengáis de mí.

Ana Belén Cruz Robles
"""))

add("es-30", "Sofía Herrera <sofia.herrera@correo.example>",
    "¿Cuánto tiempo guardáis el examen oral?",
    """Hola, una duda rápida: en el examen oral del certificado C1 nos grabaron en vídeo. ¿Cuánto
tiempo se guarda esa grabación y quién la ve aparte del examinador? ¿La usáis para algo más?
No pido que la borréis, solo quiero saberlo.

Gracias,
Sofía""", R(["Information"], "sofia.herrera@correo.example", "Sofía", "Herrera"))

# ---------------------------------------------------------------- tasks
add("es-31", "Raquel Ortiz Medina <raquel.ortiz@acme-corp.example>",
    "Contrato de encargado – nueva plataforma de videoclases",
    """Hola,

Desde el equipo académico vamos a cambiar de herramienta para las clases en línea grabadas
(pasamos a ClaseViva a partir de enero). Nos han mandado su contrato y el anexo de tratamiento
de datos. ¿Lo podéis revisar antes del 1 de diciembre? Lo dejo en la carpeta compartida de
Legal > Proveedores > ClaseViva.

Gracias,
Raquel Ortiz Medina
Coordinadora académica online
""", TASK("raquel.ortiz@acme-corp.example", "Raquel", "Ortiz Medina"))

add("es-32", "Fernando Gil Alonso <fernando.gil@acme-corp.example>",
    "EIPD taquillas con cámara",
    """Buenas,

Operaciones quiere instalar en Madrid y Barcelona las nuevas taquillas con cámara que graba al
usuario cuando abre la puerta (para reducir fraudes de "no recibí el paquete"). Me dicen que
hace falta una evaluación de impacto antes del piloto. ¿Quién de vuestro equipo puede llevarla?
El piloto está previsto para febrero.

Fernando Gil
Jefe de Operaciones de Red – Iberia
+34 91 555 02 18
""", TASK("fernando.gil@acme-corp.example", "Fernando", "Gil Alonso"))

add("es-33", "Ximena Robles <ximena.robles@acme-corp.example>",
    "Registro de actividades: programa de familias en Ciudad de México",
    """Hola equipo,

A partir de 2027 abrimos estancias con familias anfitrionas en Ciudad de México para alumnos
europeos menores de edad. Habría que darlo de alta en el registro de actividades de tratamiento
(categorías de datos, destinatarios, transferencias a México). Os paso la ficha del programa
cuando me digáis qué necesitáis.

Saludos,
Ximena Robles
Programas Internacionales
""", TASK("ximena.robles@acme-corp.example", "Ximena", "Robles"))

add("es-34", "Carlos Rivas Moya <carlos.rivas@acme-corp.example>",
    "RV: Cuestionario de protección de datos – Academia Mediterránea",
    """Hola,

La Academia Mediterránea (Valencia), con la que vamos a firmar la franquicia, nos pide rellenar
este cuestionario de protección de datos y seguridad (42 preguntas). Muchas son de vuestro
ámbito. ¿Podéis completarlo antes del viernes 27?

Un abrazo,
Carlos Rivas
Expansión y Franquicias

-------- Mensaje reenviado --------
De: Dirección <direccion@academiamediterranea.example>
Asunto: Cuestionario de protección de datos
Adjuntamos el cuestionario que pedimos a todos nuestros socios.
""", TASK("carlos.rivas@acme-corp.example", "Carlos", "Rivas Moya"))

add("es-35", "Noelia Campos <noelia.campos@acme-corp.example>", "formación RGPD profes nuevos",
    """Hola! En enero entran 14 profesores nativos nuevos en las academias de Andalucía. ¿Podríais
darles una sesión de formación de protección de datos (grabaciones de clase, fotos de alumnos,
menores, WhatsApp con alumnos...)? Una hora por Teams nos valdría.

Noelia Campos
RRHH Sur""", TASK("noelia.campos@acme-corp.example", "Noelia", "Campos"))

# ---------------------------------------------------------------- incidents
add("es-36", "Javier Montero Ríos <javier.montero@acme-corp.example>", "URGENTE: portátil robado",
    """Hola,

Esta mañana en el AVE Madrid–Zaragoza me han robado la mochila con el portátil de la academia.
En el portátil tenía descargadas las grabaciones de los exámenes orales de B1 y B2 de la
convocatoria de noviembre (unos 60 alumnos) para corregirlas. El portátil tiene contraseña
pero no sé si el disco está cifrado. Ya he puesto la denuncia en la Policía Nacional.

¿Qué tengo que hacer?

Javier Montero Ríos
Examinador – Academia Zaragoza Centro
""", INC("javier.montero@acme-corp.example", "Javier", "Montero Ríos"))

add("es-37", "Elena Sanz Robledo <elena.sanz.r@correo.example>",
    "Me ha llegado el certificado de otra persona",
    """Hola,

Hoy he recibido un correo vuestro con el asunto "Tu certificado de nivel ya está disponible",
pero el PDF adjunto es el certificado de otra alumna (nombre completo, fecha de nacimiento,
número de pasaporte y nota). Yo no he hecho ningún examen con vosotros. Os lo digo para que lo
sepáis; no lo he reenviado a nadie y lo voy a borrar.

Elena Sanz
""", INC("elena.sanz.r@correo.example", "Elena", "Sanz Robledo"))

add("es-38", "Óscar Peña Villar <oscar.pena@acme-corp.example>", "Creo que he picado en un phishing",
    """Hola,

Hace media hora me llegó un correo que parecía de nuestro proveedor de pagos pidiendo que
volviera a iniciar sesión para "confirmar los pagos pendientes a creadores". Entré y puse mi
usuario y contraseña del panel de pagos. Después me he dado cuenta de que la dirección era
rara. Ya he cambiado la contraseña y avisado a IT, pero desde ese panel se ven los IBAN y los
datos de KYC de los creadores.

Óscar Peña Villar
Finanzas – Pagos a creadores
""", INC("oscar.pena@acme-corp.example", "Óscar", "Peña Villar"))

add("es-39", "Gabriel Torres <gtorres@correo.example>", "en la app sale el paquete de otro",
    """buenas, al abrir la app de taquillas para ver mi pedido me sale la foto de entrega y el
nombre y la direccion de otra persona (una tal Maria del Mar de Murcia), no mi paquete. Lo he
mirado varias veces y sigue igual. creo que eso no deberia pasar

Gabriel""", INC("gtorres@correo.example", "Gabriel", "Torres"))

add("es-40", "Lucía Pastor Ferrer <lucia.pastor@acme-corp.example>",
    "Envío erróneo del listado de familias",
    """Hola,

Al mandar ayer el listado de asignación de familias de acogida de Dublín a las familias, en vez
de ponerlas en copia oculta adjunté por error el Excel completo con las fichas de los 38
alumnos (nombres, edades, alergias, medicación y teléfonos de los padres). Lo recibieron 25
familias. Ya les he pedido que lo borren. ¿Qué más hay que hacer?

Lucía Pastor Ferrer
Coordinadora de Estancias
""", INC("lucia.pastor@acme-corp.example", "Lucía", "Pastor Ferrer"))

# ---------------------------------------------------------------- follow-ups
add("es-41", "Emilio Crespo Herrero <emilio.crespo@correo.example>",
    "Re: [DSR-40817] Hemos recibido su solicitud",
    """Buenos días, ha pasado ya más de un mes y sigo sin recibir mis datos. ¿Hay alguna novedad?

Emilio Crespo

El 9/10/2026 privacy@acme-corp.example escribió:
> Hemos recibido su solicitud y le responderemos en el plazo máximo de un mes.
> Referencia: DSR-40817
""", FU("40817", "emilio.crespo@correo.example", "Emilio", "Crespo Herrero"))

add("es-42", "María del Carmen Ortega Villanueva <mcortega.villanueva@buzon.example>",
    "Re: Ejercicio del derecho de acceso – art. 15 RGPD",
    """Olvidé adjuntar en mi escrito anterior la copia de mi DNI para acreditar mi identidad. La
remito ahora. Les ruego la unan a mi solicitud.

Atentamente,
María del Carmen Ortega Villanueva
""", FU(ref("es-02"), "mcortega.villanueva@buzon.example", "María del Carmen", "Ortega Villanueva"),
    headers=irt("es-02"))

add("es-43", "Tomás Aguilar <tomas.aguilar@correo.example>",
    "RE: [DSR-51230] Solicitud de supresión – verificación de identidad",
    """Hola, ¿qué más necesitáis? Ya os mandé el DNI. No entiendo por qué hace falta otra cosa para
borrar una cuenta de un curso online.

Tomás

-----Mensaje original-----
De: privacy@acme-corp.example
Asunto: [DSR-51230] Solicitud de supresión – verificación de identidad
Para poder tramitar su solicitud necesitamos verificar su identidad...
""", FU("51230", "tomas.aguilar@correo.example", "Tomás", "Aguilar"))

# ---------------------------------------------------------------- ignored
add("es-44", "Protección de Datos Online <avisos@borra-tus-datos.example>",
    "Elimine sus datos personales de 200 bases de datos por solo 19,99€",
    """¿Sabía que sus datos personales están en cientos de bases de datos de empresas?

Con BorraTusDatos eliminamos su información de más de 200 empresas en 48 horas.
Cumplimiento total del RGPD. Oferta especial: 19,99 € solo hoy.

>> Haga clic aquí para proteger su privacidad <<

Si no desea recibir más comunicaciones, responda BAJA.
""", IGN("spam", "avisos@borra-tus-datos.example"), headers=SPAM_HDR)

add("es-45", "Soporte Seguridad <seguridad@verificacion-cuentas.example>",
    "Su cuenta será eliminada en 24 horas",
    """Estimado cliente,

Hemos detectado actividad inusual en su cuenta. Para evitar que su cuenta y sus datos sean
eliminados de forma permanente, verifique su identidad en el siguiente enlace antes de 24
horas:

http://verificacion-cuentas.example/login

Departamento de Seguridad
""", IGN("spam", "seguridad@verificacion-cuentas.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="verificacion-cuentas.example")])

add("es-46", "Alberto – Agencia SEO <alberto@posicionate-ya.example>",
    "Propuesta para su web + adaptación RGPD",
    """Hola, buenos días.

He estado revisando su web y he visto que no aparece en las primeras posiciones de Google para
"academia de idiomas". Además, su política de cookies no cumple el RGPD al 100%. En nuestra
agencia le ofrecemos posicionamiento SEO y adaptación legal completa por 299 €/mes.

¿Le viene bien una llamada de 10 minutos esta semana?

Alberto
""", IGN("spam", "alberto@posicionate-ya.example"))

add("es-47", "Patricia Lorenzo <patricia.lorenzo@consultoria.example>",
    "Respuesta automática: Solicitud de información",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 30 de noviembre con acceso
limitado al correo. Para asuntos urgentes, contacte con recepcion@consultoria.example.

Un saludo,
Patricia Lorenzo
""", IGN("auto_reply", "patricia.lorenzo@consultoria.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-48", "Boletín Privacidad al Día <boletin@privacidadaldia.example>",
    "Privacidad al Día nº 212: nuevas sanciones de la AEPD",
    """PRIVACIDAD AL DÍA – Boletín semanal

• La AEPD multa con 200.000 € a una cadena de gimnasios por reconocimiento facial.
• Guía práctica: cómo responder a una solicitud de supresión en plazo.
• Webinar: transferencias internacionales tras el nuevo marco UE-EE. UU.

Recibe este boletín porque se suscribió en privacidadaldia.example.
Darse de baja: https://privacidadaldia.example/baja
""", IGN("bulk", "boletin@privacidadaldia.example"),
    headers=["List-Id: Privacidad al Dia <boletin.privacidadaldia.example>",
             "List-Unsubscribe: <https://privacidadaldia.example/baja>",
             "Precedence: bulk"])

add("es-49", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
